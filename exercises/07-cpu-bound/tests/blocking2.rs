//! blocking2: price in chunks, and let the others run in between.
//! Run: `cargo test --test blocking2`
//!
//! The chunk pricer here nudges a heartbeat task each time it prices a
//! chunk: the heartbeat is then ready to run and logs a beat as soon as it
//! gets the thread. So where each beat lands shows where the pricing gave
//! the thread back. That order holds on tokio's current-thread runtime, the
//! one these tests use: a task that yields is put aside while a task already
//! in the run queue (the nudged heartbeat) runs. tokio promises no order
//! beyond that (see `tokio/src/task/yield_now.rs`, "Non-guarantees"), and no
//! test here relies on more.

use std::cell::{Cell, RefCell};
use std::future::{Future, poll_fn};
use std::pin::pin;
use std::rc::Rc;
use std::task::Poll;

use cpu_bound::blocking2::price_in_chunks;
use tasklings::cpu::{Heartbeat, Pulse};
use tasklings::{Timeline, assert_eq, paused, secs};

/// The price of each item: a list kept in an `Rc`, so only this thread may
/// use it (as the exercise says). Item `i` costs `i % 7 + 1`.
fn price_list(items: usize) -> Rc<Vec<u64>> {
    Rc::new((0..items as u64).map(|i| i % 7 + 1).collect())
}

/// Prices a chunk from the list, and nudges the heartbeat: another task that
/// wants to run.
fn chunk_pricer(prices: Rc<Vec<u64>>, pulse: Pulse) -> impl FnMut(&[u32]) -> u64 {
    move |chunk| {
        pulse.nudge();
        chunk.iter().map(|&item| prices[item as usize]).sum()
    }
}

/// Awaits `future` right here (in the caller's task, as a plain .await would)
/// and counts the times it gave the thread back: each poll that returned
/// Pending is one turn handed to the other tasks.
async fn counting_turns<F: Future>(future: F, turns: &Cell<usize>) -> F::Output {
    let mut future = pin!(future);
    poll_fn(|cx| match future.as_mut().poll(cx) {
        Poll::Pending => {
            turns.set(turns.get() + 1);
            Poll::Pending
        }
        ready => ready,
    })
    .await
}

const NEVER_GAVE_WAY: &str = "the heartbeat beat only after the last chunk, and \
     price_in_chunks never once gave the thread back: it ran from the first chunk to the last \
     in one go. An .await gives the thread back only when what it awaits is not ready yet: \
     on the paused clock tokio::time::sleep(Duration::ZERO) (Python's asyncio.sleep(0)) is \
     ready at once, and consume_budget() yields only once the task's budget (128) is spent, \
     so neither did here; nor does a loop with no .await, std::thread::sleep or std::thread::yield_now (which \
     lets other OS threads run, not other tokio tasks). Await \
     tokio::task::yield_now() after each chunk: it always gives the thread back, and the \
     waiting heartbeat runs first.";

const GAVE_WAY_TOO_LATE: &str = "the heartbeat beat only after the last chunk: the pricing \
     gave the thread back, but not between the chunks, so it kept the thread from the first \
     chunk to the last. Await tokio::task::yield_now() after each chunk, inside the loop.";

const LOGGED_AFTER_THE_TURN: &str = "the heartbeat beat before the chunk it followed was \
     logged: the others had their turn between pricing a chunk and saying it was done. Log \
     \"pricing: chunk N done\" as soon as the chunk is priced, then yield.";

const SHORT_CHUNK_LEFT_OUT: &str = "the last 50 items were never priced: 250 items are two \
     chunks of 100 and a short one of 50. chunks_exact(CHUNK) leaves the short one out; \
     chunks(CHUNK) keeps it.";

const NUMBERED_FROM_ZERO: &str = "the chunks are numbered from 1: the first is \"pricing: chunk \
     1 done\". enumerate() counts from 0, so log n + 1.";

const WAITING_COSTS_TIME: &str = "the heartbeat beat between the chunks, but the pricing took \
     virtual time: a sleep between chunks lets the others run and then waits out its time \
     too, on every chunk. tokio::task::yield_now() gives the thread back for one turn and \
     costs nothing.";

#[test]
fn the_heartbeat_beats_between_every_two_chunks() {
    paused(async || {
        let timeline = Timeline::start();
        let heartbeat = Heartbeat::spawn(&timeline);
        let items: Vec<u32> = (0..300).collect();
        let pricer = chunk_pricer(price_list(300), heartbeat.pulse());

        let turns = Cell::new(0);
        counting_turns(price_in_chunks(&items, pricer, &timeline), &turns).await;
        heartbeat.stop().await;

        let never_gave_way = turns.get() == 0;

        timeline
            .expect(&[
                (secs(0), "pricing: chunk 1 done"),
                (secs(0), "heartbeat 1"),
                (secs(0), "pricing: chunk 2 done"),
                (secs(0), "heartbeat 2"),
                (secs(0), "pricing: chunk 3 done"),
                (secs(0), "heartbeat 3"),
            ])
            .mistake(|t| t.contains("pricing: chunk 0 done"), NUMBERED_FROM_ZERO)
            .mistake(
                |t| never_gave_way && t.logged_before("pricing: chunk 3 done", "heartbeat 1"),
                NEVER_GAVE_WAY,
            )
            .mistake(
                |t| t.logged_before("pricing: chunk 3 done", "heartbeat 1"),
                GAVE_WAY_TOO_LATE,
            )
            .mistake(|t| t.end() > secs(0), WAITING_COSTS_TIME)
            .mistake(
                |t| t.logged_before("heartbeat 1", "pricing: chunk 1 done"),
                LOGGED_AFTER_THE_TURN,
            )
            .lesson(
                "300 items are 3 chunks of 100; after each, log it and await \
                 tokio::task::yield_now(), so that the heartbeat beats before the next chunk.",
            )
            .check();
    });
}

#[test]
fn every_item_is_priced_even_in_a_short_last_chunk() {
    paused(async || {
        let timeline = Timeline::start();
        let prices = price_list(250);
        let items: Vec<u32> = (0..250).collect();
        let chunk_sizes = RefCell::new(Vec::new());

        let total = price_in_chunks(
            &items,
            |chunk| {
                chunk_sizes.borrow_mut().push(chunk.len());
                chunk.iter().map(|&item| prices[item as usize]).sum()
            },
            &timeline,
        )
        .await;

        timeline
            .expect(&[
                (secs(0), "pricing: chunk 1 done"),
                (secs(0), "pricing: chunk 2 done"),
                (secs(0), "pricing: chunk 3 done"),
            ])
            .mistake(|t| t.contains("pricing: chunk 0 done"), NUMBERED_FROM_ZERO)
            .mistake(
                |t| t.contains("pricing: chunk 2 done") && !t.contains("pricing: chunk 3 done"),
                SHORT_CHUNK_LEFT_OUT,
            )
            .mistake(|t| t.end() > secs(0), WAITING_COSTS_TIME)
            .lesson("250 items are 3 chunks: 100, 100 and 50. Log each one.")
            .check();
        assert_eq!(
            chunk_sizes.into_inner(),
            [100, 100, 50],
            "price_chunk prices one chunk per call: CHUNK (100) items at a time, and the 50 \
             left over last. Call it on each chunk, between the turns you give the others, \
             not once on all of them"
        );
        assert_eq!(
            total,
            prices.iter().sum::<u64>(),
            "the total is the price of every item"
        );
    });
}
