//! errors4: fail fast.
//! Run: `cargo test --test errors4`
//!
//! The warehouses log `<product>: start`, then `<product>: end` or
//! `<product>: refused (...)`, and `<product>: cancelled` where an abort
//! stops them.

use std::any::Any;

use error_propagation::errors4::reserve_all;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Events, Timeline, assert_eq, impatient_paused, ms, paused, secs};

/// Runs `reserve_all`, logs that it returned, then waits long past every
/// warehouse's own time: a reservation that was stopped must not come back.
async fn reserve(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let outcome = reserve_all(warehouses, timeline).await;
    timeline.log("main: reserve_all returned");
    tokio::time::sleep(secs(5)).await;
    outcome
}

const LEFT_RUNNING: &str = "reserve_all returned the refusal at once, but apple's \
     reservation ran on and answered later, holding stock for an order that will never be \
     placed. Abort every task still running before you return: JoinSet::shutdown() \
     aborts them all and waits until each is gone.";

const NOT_FAST: &str = "the first refusal came at 1 s, but reserve_all gave up only \
     later: it waited for warehouses listed before the one that refused, or for all of \
     them. Take the tasks in the order they finish, with join_next().await on a JoinSet, \
     and give up at the first refusal.";

const GONE_AFTER_RETURN: &str = "the other reservations were cancelled only after \
     reserve_all had returned: dropping a JoinSet (or calling abort) only asks them to \
     stop. Wait until they are gone before returning: JoinSet::shutdown().await.";

const NOT_AWAITED: &str = "reserve_all returned before every reservation it stopped was \
     gone. abort_all() (like abort, or dropping the JoinSet) only asks the tasks to stop; a \
     yield_now() may let some of them stop first, or all, or none: tokio does not promise \
     in which order it runs ready tasks, and this test's runtime comes back to reserve_all \
     after each one. Wait for each task to be gone: JoinSet::shutdown().await (or \
     join_next() until None).";

const NOT_A_TASK_EACH: &str = "the warehouses' lines were not each logged by a task of \
     their own: every ask runs in its own tokio::spawn (one task per warehouse), so that a \
     crash stays inside its task and the asks run at once.";

const CRASH_AS_CANCELLATION: &str = "bread's task panicked, and the panic was reported as a \
     cancellation. Nothing aborted bread: e.is_panic() is true and e.is_cancelled() false. \
     A crash is a bug, not a cancellation: pass it on unchanged, with \
     std::panic::resume_unwind(e.into_panic()), as in errors3.";

const CRASH_SWALLOWED: &str = "bread's task panicked, and reserve_all went on as if it had \
     not: a panic is a bug, not an answer, and skipping it hides it. Pass it on unchanged, \
     with std::panic::resume_unwind(e.into_panic()), as in errors3.";

const CRASH_REPLACED: &str = "the crash reached the caller, but not as the warehouse's own \
     panic: a new panic of yours (unwrap() or expect() on the JoinError, or panic!) \
     replaced it. std::panic::resume_unwind(e.into_panic()) re-raises the original, message \
     and all, as in errors3.";

fn text(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no text)")
}

fn returned_at(t: &Events) -> Option<std::time::Duration> {
    t.time_of("main: reserve_all returned")
}

/// Apple answered after reserve_all had given up on the order.
fn ran_on(t: &Events) -> bool {
    t.0.iter()
        .any(|e| e.what.starts_with("apple: ") && e.at > secs(1))
}

fn cancelled_after_return(t: &Events) -> bool {
    t.contains("apple: cancelled")
        && t.logged_before("main: reserve_all returned", "apple: cancelled")
}

fn stock(product: &str) -> Inventory {
    Inventory {
        product: product.to_owned(),
        stock: 15,
    }
}

#[test]
fn the_first_refusal_ends_the_call_and_stops_the_rest_at_once() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(3)),
            Warehouse::out_of_stock("bread", secs(1)),
            Warehouse::stocked("cheese", ms(500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "apple: start"),
                (ms(0), "bread: start"),
                (ms(0), "cheese: start"),
                (ms(500), "cheese: end"),
                (ms(1000), "bread: refused (out of stock)"),
                (ms(1000), "apple: cancelled"),
                (ms(1000), "main: reserve_all returned"),
            ])
            .mistake(|t| returned_at(t) > Some(secs(1)), NOT_FAST)
            .mistake(ran_on, LEFT_RUNNING)
            .mistake(cancelled_after_return, GONE_AFTER_RETURN)
            .lesson(
                "at 1 s, when bread refuses: stop apple, wait until it is gone, and return \
                 bread's refusal.",
            )
            .check();
        assert!(
            timeline.events().each_in_a_task_of_its_own(&[
                "apple: start",
                "bread: start",
                "cheese: start"
            ]),
            "\n\nWhat went wrong: {NOT_A_TASK_EACH}\n\nThe timeline, with the task that \
             logged each line:\n{}",
            timeline.events()
        );
        assert_eq!(
            outcome,
            Err(ShopError::OutOfStock("bread".into())),
            "reserve_all returns the refusal it gave up on"
        );
    });
}

#[test]
fn the_refusal_returned_is_the_first_to_happen_not_the_first_listed() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::out_of_stock("apple", secs(2)),
            Warehouse::unreachable("bread", secs(1)),
            Warehouse::stocked("cheese", ms(500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "apple: start"),
                (ms(0), "bread: start"),
                (ms(0), "cheese: start"),
                (ms(500), "cheese: end"),
                (ms(1000), "bread: refused (unreachable)"),
                (ms(1000), "apple: cancelled"),
                (ms(1000), "main: reserve_all returned"),
            ])
            .mistake(|t| returned_at(t) > Some(secs(1)), NOT_FAST)
            .mistake(ran_on, LEFT_RUNNING)
            .mistake(cancelled_after_return, GONE_AFTER_RETURN)
            .lesson("bread refuses first, at 1 s, though apple is listed first.")
            .check();
        assert_eq!(
            outcome,
            Err(ShopError::Unreachable("bread".into())),
            "the refusal to return is the first to happen (bread, at 1 s), not the first \
             in the list (apple, due at 2 s)"
        );
    });
}

#[test]
fn when_every_warehouse_has_stock_the_answers_follow_the_list() {
    paused(async || {
        let timeline = Timeline::start();
        // Neither alphabetical, nor the order they answer in, nor its reverse.
        let warehouses = vec![
            Warehouse::stocked("bread", secs(3)),
            Warehouse::stocked("eggs", ms(2500)),
            Warehouse::stocked("cheese", secs(1)),
            Warehouse::stocked("figs", ms(500)),
            Warehouse::stocked("apple", secs(2)),
            Warehouse::stocked("dates", ms(1500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        assert_eq!(
            returned_at(&timeline.events()),
            Some(secs(3)),
            "with no refusal, reserve_all returns when the slowest answers, at 3 s"
        );
        let products: Vec<String> = match &outcome {
            Ok(answers) => answers.iter().map(|a| a.product.clone()).collect(),
            Err(_) => Vec::new(),
        };
        let diagnosis = if products == ["figs", "cheese", "dates", "apple", "eggs", "bread"] {
            "the answers come back in the order they arrived, not the order of the list: \
             let each task carry its place in the list, and put its answer there"
        } else if products.len() == 6 && products.is_sorted() {
            "the answers come back sorted by product, not in the order of the list (which \
             is not alphabetical here): let each task carry its place in the list, and put \
             its answer there"
        } else {
            "every answer, in the order of the list"
        };
        let expected = ["bread", "eggs", "cheese", "figs", "apple", "dates"];
        assert_eq!(
            outcome,
            Ok(expected.iter().map(|p| stock(p)).collect::<Vec<_>>()),
            "{diagnosis}"
        );
    });
}

#[test]
fn every_stopped_reservation_is_gone_before_reserve_all_returns() {
    // The runtime comes back to reserve_all after each task it runs, so
    // only waiting for the stopped tasks, not yielding, sees them all gone.
    impatient_paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("eggs", secs(3)),
            Warehouse::stocked("bread", secs(2)),
            Warehouse::out_of_stock("apple", secs(1)),
            Warehouse::stocked("dates", secs(4)),
            Warehouse::stocked("cheese", ms(500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        let events = timeline.events();
        assert_eq!(
            returned_at(&events),
            Some(secs(1)),
            "\n\nWhat went wrong: {NOT_FAST}\n\nThe timeline:\n{events}"
        );
        for product in ["eggs", "bread", "dates"] {
            let cancelled = format!("{product}: cancelled");
            assert!(
                events.time_of(&cancelled) == Some(secs(1))
                    && events.logged_before(&cancelled, "main: reserve_all returned"),
                "\n\nWhat went wrong: {} was still running when apple refused at 1 s, and \
                 was not gone when reserve_all returned. {NOT_AWAITED}\n\nThe timeline:\n{events}",
                product
            );
        }
        assert_eq!(
            outcome,
            Err(ShopError::OutOfStock("apple".into())),
            "reserve_all returns the refusal it gave up on"
        );
    });
}

#[test]
fn a_crash_is_passed_on_not_taken_for_a_cancellation() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(3)),
            Warehouse::crashes("bread", secs(1), "the bread scanner is on fire"),
            Warehouse::stocked("cheese", ms(500)),
        ];

        // In a task of its own, so that the test sees its panic as a JoinError.
        let call = tokio::spawn({
            let timeline = timeline.clone();
            async move { reserve_all(warehouses, &timeline).await }
        });
        let outcome = call.await;

        let error = match outcome {
            Ok(Ok(answers)) => panic!(
                "\n\nWhat went wrong: {CRASH_SWALLOWED}\n\n(reserve_all returned \
                 Ok({answers:?}).)\n"
            ),
            Ok(Err(refusal)) => panic!(
                "\n\nWhat went wrong: bread's task panicked, and reserve_all returned the \
                 refusal {refusal:?}, which no warehouse gave. A crash is a bug, not a refusal: \
                 pass it on unchanged, with std::panic::resume_unwind(e.into_panic()).\n"
            ),
            Err(error) => error,
        };
        let payload = error.into_panic();
        let said = text(payload.as_ref());
        if said.starts_with("not yet implemented") {
            std::panic::resume_unwind(payload); // the stub's todo!(), as it is
        }
        let diagnosis = if said.to_lowercase().contains("cancel") {
            CRASH_AS_CANCELLATION
        } else if said == "the bread scanner is on fire" {
            "the crash reached the caller with the warehouse's words, but as a new panic \
             (a String, raised from your line). Pass the original on unchanged: \
             std::panic::resume_unwind(e.into_panic())."
        } else {
            CRASH_REPLACED
        };
        assert!(
            payload.downcast_ref::<&'static str>() == Some(&"the bread scanner is on fire"),
            "\n\nWhat went wrong: {diagnosis}\n\n(Your code panicked with `{said}`.)\n"
        );
    });
}
