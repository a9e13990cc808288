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

use start_timing::timing4::{CHUNK, cooperative_sum};
use tasklings::{Events, Timeline, assert_eq, catch_panic, paused, secs, stage_next_panic};

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
     heartbeat could not run. Await tokio::task::yield_now() after each chunk. Only an \
     .await that has to wait gives others a turn: std::thread::yield_now lets other OS \
     threads run, not other tokio tasks, and tokio::time::sleep(Duration::ZERO) (Python's \
     asyncio.sleep(0) word for word) is, on the paused clock, already over when first \
     polled, so its .await \
     returns at once without a turn. (yield_now() without .await does nothing at all.)";

/// Virtual time passed while the sum ran.
const TOOK_TIME: &str = "virtual time passed while the sum ran: something between the \
     chunks waited on the clock (a sleep, even of 1 ms, costs that much per chunk). \
     tokio::task::yield_now().await gives the others a turn and takes no time.";

/// The chunks were numbered from 0.
const FROM_ZERO: &str = "the chunks are numbered from 0: the first chunk's line is \
     \"sum: chunk 1 done\". enumerate() counts from 0, so log n + 1.";

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
        assert!(
            events.end() == secs(0),
            "{TOOK_TIME}\nThe timeline:\n{events}"
        );
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
            .mistake(|t| t.contains("sum: chunk 0 done"), FROM_ZERO)
            .mistake(|t| t.end() > secs(0), TOOK_TIME)
            .lesson("2500 numbers are 3 chunks: 1000, 1000 and 500. Log each one.")
            .check();
        assert_eq!(total, 2500);
    });
}

#[test]
fn each_chunk_is_added_in_its_own_turn_after_the_one_before_is_logged() {
    paused(async || {
        let timeline = Timeline::start();
        // Chunks 1 and 2 are ones. Chunk 3 opens with u64::MAX: adding it
        // overflows, which panics in a test build. A sum that adds chunk by
        // chunk has logged chunks 1 and 2 by then, and not chunk 3.
        let mut numbers = vec![1; 2500];
        numbers[2 * CHUNK] = u64::MAX;

        // An empty list first, unstaged: an unfinished sum stops here, at its todo!().
        assert_eq!(
            cooperative_sum(Vec::new(), Timeline::start()).await,
            0,
            "the sum of no numbers is 0"
        );
        stage_next_panic();
        let outcome = catch_panic(cooperative_sum(numbers, timeline.clone())).await;

        let Err(panic) = outcome else {
            // No overflow (the sum widened or wrapped): nothing to see here.
            return;
        };
        let events = timeline.events();
        assert!(
            panic.contains("overflow"),
            "cooperative_sum panicked: {panic}\nThe timeline:\n{events}"
        );
        let logged = events.count("sum: chunk");
        assert!(
            logged > 0,
            "cooperative_sum added chunk 3 before it logged chunk 1 (adding chunk 3 \
             overflowed, and nothing had been logged): it added the numbers up front and \
             logged afterwards. The adding is the long work to cut into turns: add one chunk, \
             log it, yield, then add the next.\nThe timeline:\n{events}"
        );
        assert!(
            logged != 3,
            "\"sum: chunk 3 done\" was logged before chunk 3 was added (adding it \
             overflowed after the line). Log a chunk once it is added.\nThe timeline:\n{events}"
        );
        assert!(
            logged == 2,
            "only {logged} chunk(s) logged before chunk 3 was added: add each chunk after \
             logging the one before it, not ahead of it.\nThe timeline:\n{events}"
        );
    });
}
