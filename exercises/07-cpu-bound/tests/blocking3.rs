//! blocking3: price the cart in place.
//! Run: `cargo test --test blocking3`
//!
//! These tests run on `tasklings::multi_thread`, not on the paused clock:
//! `block_in_place` panics on the current-thread runtime that `paused`
//! builds, and tokio pauses its clock only there. The runtime has one worker
//! thread, so a task that blocks it stops every other task.
//!
//! Nothing here depends on time. Pricing an item asks the heartbeat task for
//! a beat and waits for it, so the order of the timeline is forced by those
//! waits. When the pricing holds the worker, no beat can come; after 1 s of
//! real time it gives up, says so, and the test fails.

use cpu_bound::blocking3::price_cart;
use tasklings::cpu::{Heartbeat, stalled};
use tasklings::{Timeline, assert_eq, multi_thread};

/// Item `i` costs `PRICES[i]`.
const PRICES: [u32; 4] = [0, 120, 250, 80];

const HELD_THE_WORKER: &str = "the heartbeat could not beat while the cart was priced: the \
     pricing held the runtime's one worker thread without telling tokio, so the tasks queued \
     on it waited (a std thread you join blocks the worker the same way). Put the whole \
     computation, every call to price_item, inside tokio::task::block_in_place(|| ...): \
     tokio hands the worker's other tasks to a new thread first.";

#[test]
fn other_tasks_run_while_the_cart_is_priced_in_place() {
    // Not paused: block_in_place panics on the current-thread runtime that paused() builds.
    multi_thread(async || {
        let timeline = Timeline::start();
        let heartbeat = Heartbeat::spawn(&timeline);
        let pulse = heartbeat.pulse();
        // Borrows the pulse: spawn_blocking could not take it.
        let price_item = |item: u32| {
            pulse.beat();
            PRICES[item as usize]
        };

        price_cart(&[1, 2, 3], price_item, &timeline).await;
        heartbeat.stop().await;

        timeline
            .expect_order(&[
                "heartbeat 1",
                "heartbeat 2",
                "heartbeat 3",
                "cart: total 450",
            ])
            .mistake(stalled, HELD_THE_WORKER)
            .mistake(
                |t| t.count("cart: total") > 1,
                "the total is logged once, when it is known: \"cart: total 450\", not a \
                 running total after each item.",
            )
            .lesson(
                "compute the total inside tokio::task::block_in_place, then log \"cart: total N\".",
            )
            .check();
    });
}

#[test]
fn the_total_is_the_sum_of_the_item_prices() {
    // Not paused: block_in_place panics on the current-thread runtime that paused() builds.
    multi_thread(async || {
        let timeline = Timeline::start();

        let total = price_cart(&[3, 3, 1, 0], |item| PRICES[item as usize], &timeline).await;

        assert_eq!(total, 280, "80 + 80 + 120 + 0");
        timeline
            .expect_order(&["cart: total 280"])
            .mistake(
                |t| t.count("cart: total") > 1,
                "the total is logged once, when it is known: \"cart: total 280\", not a \
                 running total after each item.",
            )
            .lesson("log \"cart: total N\" once the total is known.")
            .check();
    });
}
