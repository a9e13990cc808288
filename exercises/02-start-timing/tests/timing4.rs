//! timing4: a long loop that lets others run.
//! Run: `cargo test --test timing4`
//!
//! A heartbeat task beats, then yields, many times. The sum runs beside it
//! on the same single thread. If the sum yields between chunks, the heartbeat
//! beats while the sum is still going; if it never yields, every chunk comes
//! in one go. No virtual time passes: both tasks only compute and yield.
//!
//! tokio does not promise in which order yielded tasks resume (here they
//! sometimes resume two chunks in a row), so the tests count beats during
//! the sum instead of asking for one beat between every two chunks.

use start_timing::timing4::cooperative_sum;
use tasklings::{Events, Timeline, assert_eq, paused, secs};

/// Beats `beats` times, yielding to the runtime after each beat.
async fn heartbeat(beats: u32, timeline: Timeline) {
    for n in 1..=beats {
        timeline.log(format!("heartbeat {n}"));
        tokio::task::yield_now().await;
    }
}

/// Runs the heartbeat and the sum side by side; returns the sum.
async fn sum_beside_heartbeat(numbers: Vec<u64>, timeline: &Timeline) -> u64 {
    let beats = tokio::spawn(heartbeat(30, timeline.clone()));
    let sum = tokio::spawn(cooperative_sum(numbers, timeline.clone()));
    let total = sum.await.expect("cooperative_sum panicked");
    beats.await.expect("the heartbeat panicked");
    total
}

/// How many beats came after the first chunk and before the last one.
fn beats_during_the_sum(events: &Events) -> usize {
    let chunks: Vec<usize> = (0..events.0.len())
        .filter(|&i| events.0[i].what.starts_with("sum: chunk"))
        .collect();
    let (Some(&first), Some(&last)) = (chunks.first(), chunks.last()) else {
        return 0;
    };
    events.0[first..last]
        .iter()
        .filter(|e| e.what.starts_with("heartbeat"))
        .count()
}

const STARVED: &str = "the sum kept the thread from one chunk to the next, so the \
     heartbeat could not run. Await tokio::task::yield_now() after each chunk \
     (std::thread::yield_now lets other OS threads run, not other tokio tasks).";

#[test]
fn the_heartbeat_keeps_beating_while_the_sum_runs() {
    paused(async || {
        let timeline = Timeline::start();

        sum_beside_heartbeat((1..=3000).collect(), &timeline).await;

        let events = timeline.events();
        assert!(
            beats_during_the_sum(&events) > 0,
            "{STARVED}\nThe timeline:\n{events}"
        );
        assert_eq!(
            events.count("sum: chunk"),
            3,
            "3000 numbers make 3 chunks of 1000"
        );
        assert_eq!(events.end(), secs(0), "yielding takes no virtual time");
    });
}

#[test]
fn a_long_sum_yields_after_every_chunk_not_just_once() {
    paused(async || {
        let timeline = Timeline::start();

        sum_beside_heartbeat((1..=10_000).collect(), &timeline).await;

        let events = timeline.events();
        let beats = beats_during_the_sum(&events);
        assert!(beats > 0, "{STARVED}");
        assert!(
            beats >= 5,
            "over 10 chunks the heartbeat beat only {beats} times while the sum ran. \
             Yield after every chunk, not once: each chunk is a stretch in which no \
             other task can run."
        );
    });
}

#[test]
fn the_sum_of_every_chunk_is_the_total() {
    paused(async || {
        let timeline = Timeline::start();

        let total = sum_beside_heartbeat((1..=3000).collect(), &timeline).await;

        assert_eq!(total, 4_501_500, "1 + 2 + ... + 3000 is 4 501 500");
    });
}

#[test]
fn a_last_partial_chunk_is_summed_and_logged_too() {
    paused(async || {
        let timeline = Timeline::start();

        let total = cooperative_sum(vec![1; 2500], timeline.clone()).await;

        timeline
            .expect(&[
                (secs(0), "sum: chunk 1 done"),
                (secs(0), "sum: chunk 2 done"),
                (secs(0), "sum: chunk 3 done"),
            ])
            .lesson("2500 numbers are 3 chunks: 1000, 1000 and 500. Log each one.")
            .check();
        assert_eq!(total, 2500);
    });
}
