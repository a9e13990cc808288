//! timing2: a future does nothing until it is polled.
//! Run: `cargo test --test timing2`
//!
//! These tests poll the future by hand with tokio-test, one step at a time,
//! to see exactly what runs when.

use start_timing::timing2::place_order;
use tasklings::{Timeline, paused, secs};
use tokio_test::{assert_pending, assert_ready_eq, task};

#[test]
fn calling_place_order_runs_nothing_until_the_future_is_polled() {
    paused(async || {
        let timeline = Timeline::start();

        let mut order = task::spawn(place_order(timeline.clone()));

        let after_the_call = timeline.events();
        assert!(
            after_the_call.is_empty(),
            "calling place_order already logged:\n{after_the_call}\
             A future's code runs only when it is polled. Put all the work inside \
             the async block (or write place_order as an async fn), not before it."
        );
        assert_pending!(
            order.poll(),
            "the first poll finished the order at once, without waiting on the clock. \
             tokio::time::sleep(..).await returns Pending and lets the clock move; \
             std::thread::sleep blocks the thread and never does."
        );
        timeline
            .expect(&[(secs(0), "order: start")])
            .lesson("the first poll logs \"order: start\", then waits.")
            .check();
    });
}

#[test]
fn the_order_ends_only_after_2s_of_waiting() {
    paused(async || {
        let timeline = Timeline::start();
        let mut order = task::spawn(place_order(timeline.clone()));
        assert_pending!(
            order.poll(),
            "the order finished on its first poll, without waiting"
        );

        tokio::time::advance(secs(2)).await;

        assert!(
            order.is_woken(),
            "after 2 s the order's sleep should have woken it up"
        );
        assert_ready_eq!(
            order.poll(),
            42,
            "once woken, the order completes with number 42"
        );
        timeline
            .expect(&[(secs(0), "order: start"), (secs(2), "order: end")])
            .lesson("log \"order: start\", sleep 2 s with tokio::time::sleep, log \"order: end\".")
            .check();
    });
}

#[test]
fn a_future_that_is_dropped_unpolled_never_runs() {
    paused(async || {
        let timeline = Timeline::start();

        drop(place_order(timeline.clone()));
        tokio::time::sleep(secs(5)).await;

        let events = timeline.events();
        assert!(
            events.is_empty(),
            "a future that was built and dropped without a poll still did work:\n{events}\
             Move that work inside the async block."
        );
        // The same future, awaited, does run: the test above is not vacuous.
        assert_eq!(
            place_order(timeline.clone()).await,
            42,
            "awaiting the order yields 42"
        );
    });
}
