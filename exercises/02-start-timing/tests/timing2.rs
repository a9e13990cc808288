//! timing2: a future does nothing until it is polled.
//! Run: `cargo test --test timing2`
//!
//! These tests poll the future by hand with tokio-test, one step at a time,
//! to see exactly what runs when.

use start_timing::timing2::ORDER_TAKES;
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
        let real_start = std::time::Instant::now();
        let first_poll = order.poll();
        if first_poll.is_ready() {
            // Real time tells a blocked thread from a wait that never happened.
            panic!(
                "the first poll finished the order at once, without waiting on the clock. {}",
                if real_start.elapsed() >= ORDER_TAKES {
                    "It blocked the thread for 2 s of real time instead: std::thread::sleep \
                     never returns Pending, so the runtime's clock never moves and no other \
                     task runs meanwhile. Await tokio::time::sleep(ORDER_TAKES)."
                } else {
                    "Nothing waited: a sleep that is not .awaited (`let _ = sleep(..);`, or \
                     a sleep future left unused) is a future dropped unpolled, and waits for \
                     nothing. Write tokio::time::sleep(ORDER_TAKES).await."
                }
            );
        }
        timeline
            .expect(&[(secs(0), "order: start")])
            .mistake(
                |t| t.contains("order: end"),
                "\"order: end\" was logged on the first poll, before the wait. Log it after \
                 the sleep's .await: the order ends when the 2 s are over.",
            )
            .mistake(
                |t| t.is_empty(),
                "the first poll of the future place_order returned logged nothing. The work \
                 must run in that very future, when it is polled: not in a task it spawns, \
                 which runs on the runtime's schedule instead of the caller's.",
            )
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
fn the_2s_wait_starts_at_the_first_poll_not_at_the_call() {
    paused(async || {
        // First, that an order polled at once does wait: this test is about when
        // the wait starts.
        let mut polled_at_once = task::spawn(place_order(Timeline::start()));
        assert_pending!(
            polled_at_once.poll(),
            "the first poll finished the order at once, without waiting on the clock: \
             await tokio::time::sleep(ORDER_TAKES) between the two logs."
        );
        drop(polled_at_once);

        let timeline = Timeline::start();
        let mut order = task::spawn(place_order(timeline.clone()));

        // Nobody polls the order for 5 s.
        tokio::time::sleep(secs(5)).await;
        let before_the_first_poll = timeline.events();
        assert!(
            before_the_first_poll.is_empty(),
            "in the 5 s after place_order was called, before anything polled its future, \
             this was logged:\n{before_the_first_poll}\
             So the work started at the call (a spawned task runs without being polled by \
             the caller). Put the work inside the async block, and do not spawn it."
        );
        if order.poll().is_ready() {
            panic!(
                "the order was first polled 5 s after place_order was called, and that first \
                 poll finished it at once: its 2 s were counted from the call, not from the \
                 first poll. A `tokio::time::sleep(..)` built, or an `Instant::now()` read, \
                 before the async block starts its clock at the call. Build the sleep inside \
                 the block, where the work begins.\nYour timeline:\n{}",
                timeline.events()
            );
        }

        tokio::time::sleep(secs(2)).await;

        assert_ready_eq!(
            order.poll(),
            42,
            "2 s after the first poll the order is done"
        );
        timeline
            .expect(&[(secs(5), "order: start"), (secs(7), "order: end")])
            .mistake(
                |t| {
                    t.logged_before("order: end", "order: start")
                        || t.time_of("order: end") == Some(secs(5))
                },
                "\"order: end\" was logged on the first poll, before the wait. Log it after \
                 the sleep's .await: the order ends when the 2 s are over.",
            )
            .lesson(
                "called at 0 s, first polled at 5 s: \"order: start\" at 5 s, \
                 \"order: end\" 2 s later.",
            )
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
