//! handles3: is it done yet?
//! Run: `cargo test --test handles3`

use std::time::Duration;

use keeping_handles::handles3::show_progress;
use tasklings::{Events, Timeline, assert_eq, ms, paused, secs};
use tokio::task::JoinHandle;

/// Starts a download of 4096 bytes that takes `takes` and then logs `download: done`.
fn start_download(takes: Duration, timeline: &Timeline) -> JoinHandle<u64> {
    let timeline = timeline.clone();
    tokio::spawn(async move {
        tokio::time::sleep(takes).await;
        timeline.log("download: done");
        4096
    })
}

const FROZE: &str = "the screen froze: after the first frame no frame was drawn until the \
     download ended at 1.2 s. Awaiting the handle waits for the whole download. On each \
     frame ask download.is_finished(), which answers at once, and await the handle only once \
     it says true.";

const LATE_FIRST_FRAME: &str = "the first frame came half a second late. The first frame is \
     drawn at once: tokio::time::interval ticks immediately, then every period; a loop that \
     sleeps before drawing misses the frame at 0 s.";

fn frame_time(t: &Events, n: u32) -> Option<Duration> {
    t.first_starting_with(&format!("ui: frame {n}:"))
        .map(|e| e.at)
}

#[test]
fn the_screen_keeps_drawing_while_the_download_runs() {
    paused(async || {
        let timeline = Timeline::start();
        let download = start_download(ms(1200), &timeline);

        let (size, frames) = show_progress(download, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "ui: frame 1: downloading"),
                (ms(500), "ui: frame 2: downloading"),
                (ms(1000), "ui: frame 3: downloading"),
                (ms(1200), "download: done"),
                (ms(1500), "ui: frame 4: done, 4096 bytes"),
            ])
            .mistake(|t| frame_time(t, 2) == Some(ms(1200)), FROZE)
            .mistake(|t| frame_time(t, 1) == Some(ms(500)), LATE_FIRST_FRAME)
            .lesson(
                "one frame every 500 ms from 0 s; on each, is_finished() decides between \
                 \"downloading\" and taking the result.",
            )
            .check();
        assert_eq!(
            (size, frames),
            (4096, 4),
            "return the download's size and the number of frames drawn"
        );
    });
}

#[test]
fn a_download_already_done_shows_on_the_first_frame() {
    paused(async || {
        let timeline = Timeline::start();
        let download = start_download(ms(300), &timeline);
        tokio::time::sleep(secs(1)).await;

        let (size, frames) = show_progress(download, &timeline).await;

        timeline
            .expect(&[
                (ms(300), "download: done"),
                (ms(1000), "ui: frame 1: done, 4096 bytes"),
            ])
            .mistake(|t| frame_time(t, 1) == Some(ms(1500)), LATE_FIRST_FRAME)
            .lesson("the first frame, at once, already sees is_finished() true.")
            .check();
        assert_eq!((size, frames), (4096, 1));
    });
}
