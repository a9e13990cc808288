//! handles3: is it done yet?
//! Run: `cargo test --test handles3`
//!
//! The download is a task the test starts; it logs `download: done` and
//! hands back its size, 4096 bytes. Frames come every 500 ms; the download
//! never ends on a frame, so each frame's answer is clear.

use std::time::Duration;

use keeping_handles::handles3::show_progress;
use tasklings::{Event, Events, Expectation, Timeline, assert_eq, ms, paused, seconds, secs};
use tokio::task::JoinHandle;

fn start_download(takes: Duration, timeline: &Timeline) -> JoinHandle<u64> {
    let timeline = timeline.clone();
    tokio::spawn(async move {
        tokio::time::sleep(takes).await;
        timeline.log("download: done");
        4096
    })
}

const FRAME: Duration = ms(500);

const LATE_FIRST_FRAME: &str = "the first frame came half a second late. The first frame is \
     drawn at once: tokio::time::interval ticks immediately, then every period; a loop that \
     waits (sleep, timeout) before drawing misses the frame at the start.";

const NUMBERED_FROM_ZERO: &str = "the frames are numbered from 0; the first frame is frame 1 \
     (N = 1), and show_progress returns how many frames it drew.";

const WAITED_FOR_THE_DOWNLOAD: &str = "a frame was drawn when the download ended, between two \
     frames, instead of on the next frame: the loop waited for the download itself (a \
     timeout, a select!, or an await of the handle). Frames keep their own rhythm: wait only \
     for the next frame, then ask download.is_finished(), which answers at once.";

const STALE_ANSWER: &str = "a frame said \"downloading\" although the download had already \
     ended: that frame did not ask is_finished() when it was drawn (it asked before waiting \
     for the frame, or not at all), so it showed an old answer. Wait for the frame first, \
     then ask.";

const WORDS: &str = "every event came at the right time, so the timing is right: only the words \
     of a line differ (the ✗ lines below). Log exactly \"ui: frame N: downloading\" or \"ui: \
     frame N: done, <size> bytes\", character for character.";

const TWO_LINES_A_FRAME: &str = "one frame logged two lines: each frame logs either \
     \"downloading\" or the done line, never both. Ask is_finished() first, then log one of \
     them.";

/// Why a returned frame count is wrong, when it is.
fn count_hint(yours: u32, drawn: u32) -> &'static str {
    if yours + 1 == drawn {
        "yours is one short: the frame that found the download done was drawn too, count it"
    } else if yours == drawn + 1 {
        "yours is one too many: count each frame once, when it is drawn"
    } else {
        "count each frame as it is drawn, the done frame included"
    }
}

/// The `ui: frame` lines.
fn frames(t: &Events) -> Vec<&Event> {
    t.0.iter()
        .filter(|e| e.what.starts_with("ui: frame "))
        .collect()
}

/// The screen froze: two frames drawn further apart than a frame.
fn froze(t: &Events) -> Option<String> {
    let frames = frames(t);
    frames.windows(2).find_map(|pair| {
        (pair[1].at - pair[0].at > FRAME).then(|| {
            format!(
                "the screen froze: no frame was drawn between {} and {}. Awaiting the handle \
                 waits for the whole download. On each frame ask download.is_finished(), \
                 which answers at once, and await the handle only once it says true.",
                seconds(pair[0].at),
                seconds(pair[1].at)
            )
        })
    })
}

/// A frame drawn sooner than the rhythm of the first one allows: the loop
/// waited for the download, not for the frame.
fn drawn_off_rhythm(t: &Events) -> bool {
    let frames = frames(t);
    let Some(first) = frames.first() else {
        return false;
    };
    frames
        .iter()
        .enumerate()
        .any(|(i, e)| e.at < first.at + FRAME * i as u32)
}

/// The number a frame line gives itself: `ui: frame 3: ...` -> "3".
fn number(e: &Event) -> Option<&str> {
    e.what.strip_prefix("ui: frame ")?.split(':').next()
}

/// The mistakes any timeline of this exercise can show, whatever the
/// frames' numbers; `first_frame` is when show_progress is first awaited.
fn diagnose(expectation: Expectation, t: &Events, first_frame: Duration) -> Expectation {
    let froze = froze(t);
    let expectation = match &froze {
        Some(message) => expectation.mistake(|_| true, message),
        None => expectation,
    };
    expectation
        .mistake(
            |t| {
                frames(t)
                    .windows(2)
                    .any(|pair| pair[0].at == pair[1].at && number(pair[0]) == number(pair[1]))
            },
            TWO_LINES_A_FRAME,
        )
        .mistake(drawn_off_rhythm, WAITED_FOR_THE_DOWNLOAD)
        .mistake(
            |t| {
                frames(t)
                    .first()
                    .is_some_and(|e| e.at == first_frame + FRAME)
            },
            LATE_FIRST_FRAME,
        )
        .mistake(
            |t| frames(t).first().is_some_and(|e| number(e) == Some("0")),
            NUMBERED_FROM_ZERO,
        )
        .mistake(
            |t| {
                let done = t.time_of("download: done");
                frames(t).iter().any(|e| {
                    e.what.ends_with(": downloading") && Some(e.at) > done && done.is_some()
                })
            },
            STALE_ANSWER,
        )
}

#[test]
fn the_screen_keeps_drawing_while_the_download_runs() {
    paused(async || {
        let timeline = Timeline::start();
        let download = start_download(ms(1200), &timeline);

        let (size, frames) = show_progress(download, &timeline).await;

        let expectation = timeline.expect(&[
            (ms(0), "ui: frame 1: downloading"),
            (ms(500), "ui: frame 2: downloading"),
            (ms(1000), "ui: frame 3: downloading"),
            (ms(1200), "download: done"),
            (ms(1500), "ui: frame 4: done, 4096 bytes"),
        ]);
        diagnose(expectation, &timeline.events(), secs(0))
            .mistake_in_words(WORDS)
            .lesson(
                "one frame every 500 ms from the start; on each, is_finished() decides \
                 between \"downloading\" and taking the result.",
            )
            .check();
        assert_eq!(
            (size, frames),
            (4096, 4),
            "return the download's size and the number of frames drawn; {}",
            count_hint(frames, 4)
        );
    });
}

#[test]
fn a_download_already_done_shows_on_the_first_frame() {
    paused(async || {
        let timeline = Timeline::start();
        let download = start_download(ms(300), &timeline);
        // The screen is made now but first drawn 1 s later, when it is awaited:
        // frames count from then.
        let screen = show_progress(download, &timeline);
        tokio::time::sleep(secs(1)).await;

        let (size, frames) = screen.await;

        let expectation = timeline.expect(&[
            (ms(300), "download: done"),
            (ms(1000), "ui: frame 1: done, 4096 bytes"),
        ]);
        diagnose(expectation, &timeline.events(), secs(1))
            .mistake_in_words(WORDS)
            .lesson(
                "the first frame, drawn at once when show_progress is first awaited, already \
                 sees is_finished() true.",
            )
            .check();
        assert_eq!(
            (size, frames),
            (4096, 1),
            "return the download's size and the number of frames drawn; {}",
            count_hint(frames, 1)
        );
    });
}

#[test]
fn a_long_download_keeps_the_rhythm_to_the_end() {
    paused(async || {
        let timeline = Timeline::start();
        let download = start_download(ms(2700), &timeline);

        let (size, frames) = show_progress(download, &timeline).await;

        let expectation = timeline.expect(&[
            (ms(0), "ui: frame 1: downloading"),
            (ms(500), "ui: frame 2: downloading"),
            (ms(1000), "ui: frame 3: downloading"),
            (ms(1500), "ui: frame 4: downloading"),
            (ms(2000), "ui: frame 5: downloading"),
            (ms(2500), "ui: frame 6: downloading"),
            (ms(2700), "download: done"),
            (ms(3000), "ui: frame 7: done, 4096 bytes"),
        ]);
        diagnose(expectation, &timeline.events(), secs(0))
            .mistake_in_words(WORDS)
            .lesson("one frame every 500 ms, to the frame that finds the download done.")
            .check();
        assert_eq!(
            (size, frames),
            (4096, 7),
            "return the download's size and the number of frames drawn; {}",
            count_hint(frames, 7)
        );
    });
}
