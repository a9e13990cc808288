//! capstone1: the order service.
//! Run: `cargo test --test capstone1`
//!
//! The checks are the shop's services: inventory (2 s, 15 in stock),
//! shipping (1 s, 500), tax (breaks after 0.5 s) and loyalty (5 s, too slow
//! for the 3 s deadline). Tax's panic message shows in the output of a
//! failing test; that is expected.
//!
//! The pricing is a stand-in for CPU-bound work (`tasklings::cpu`). It goes
//! on only once it has seen every check start, and while it computes it
//! asks a heartbeat task for two beats and waits for each. Both can happen
//! only if the pricing runs on a thread of its own while the runtime's
//! thread runs the checks and the heartbeat, so the order of the timeline at
//! 0 s is forced by those waits. Pricing that holds the runtime's thread (or
//! that starts before the checks are spawned) waits 1 s of real time for
//! what cannot come, says so, and the test fails. The clock stands still
//! while the pricing runs; after that, virtual time orders everything.

use std::time::Duration;

use capstone::capstone1::{Check, Report, serve_order};
use tasklings::cpu::{Heartbeat, STALL_LIMIT, stalled};
use tasklings::shop::{broken_service, check_inventory, estimate_shipping, service};
use tasklings::{Events, Timeline, assert_eq, catch_panic, ms, paused, secs};

/// What the pricing stand-in logs when the checks it waits for never start.
const CHECKS_NEVER_STARTED: &str = "pricing: the checks had not started after 1 s";

/// The checks of an order for item_9876, by name.
fn checks(names: &[&str], timeline: &Timeline) -> Vec<Check> {
    names
        .iter()
        .map(|&name| {
            let t = timeline.clone();
            match name {
                "inventory" => {
                    Check::new(
                        name,
                        async move { check_inventory("item_9876", &t).await.stock },
                    )
                }
                "shipping" => Check::new(name, async move {
                    estimate_shipping("item_9876", &t).await.cost
                }),
                "tax" => Check::new(
                    name,
                    async move { broken_service("tax", ms(500), &t).await },
                ),
                // Logs `loyalty: cancelled` at the instant its task is dropped.
                "loyalty" => Check::new(
                    name,
                    t.clone().on_cancel("loyalty", async move {
                        service("loyalty", secs(5), 7, &t).await
                    }),
                ),
                other => panic!("no such check: {other}"),
            }
        })
        .collect()
}

/// The pricing: waits to see every check start, then computes (two beats)
/// and prices the order at 1250.
fn pricing(
    names: &[&str],
    heartbeat: &Heartbeat,
    timeline: &Timeline,
) -> impl FnOnce() -> u32 + Send + 'static {
    let starts: Vec<String> = names.iter().map(|name| format!("{name}: start")).collect();
    let (pulse, timeline) = (heartbeat.pulse(), timeline.clone());
    move || {
        let started = starts
            .iter()
            .all(|start| timeline.wait_for(start, STALL_LIMIT));
        if !started {
            timeline.log(CHECKS_NEVER_STARTED);
        }
        pulse.crunch("pricing", 2, 1250)
    }
}

/// Serves an order with these checks, beside a heartbeat; fails the test
/// with a lesson if serve_order itself panics.
async fn serve(names: &'static [&'static str], timeline: &Timeline) -> Report {
    let heartbeat = Heartbeat::spawn(timeline);
    let (checks, price) = (
        checks(names, timeline),
        pricing(names, &heartbeat, timeline),
    );
    let t = timeline.clone();
    let report = catch_panic(async move { serve_order(checks, price, &t).await })
        .await
        .unwrap_or_else(|panic| panic!("{SUNK}\nserve_order panicked with: {panic}"));
    heartbeat.stop().await;
    report
}

const SUNK: &str = "serve_order itself panicked: one failing check sank the whole order. \
     A check's panic comes back as Err(JoinError) from join_next_with_id; an .unwrap(), \
     .expect() or ? on it passes the panic on. Match on it: a panic is one more problem \
     in the report, and the other checks go on.";

const PRICED_ON_THE_RUNTIME: &str = "the heartbeat could not beat while the order was priced: \
     the pricing held the runtime's thread, called right in serve_order or in a task of its \
     own (a task is not a thread). The checks could not even start meanwhile. Give it to \
     tokio::task::spawn_blocking, and await the handle only at the end.";

const PRICED_BEFORE_THE_CHECKS: &str = "the pricing ran before any check had started: its \
     handle was awaited before the checks were spawned, so the checks waited for the \
     pricing. Spawn the checks and the pricing first, log \"order: checks started\", and \
     await the price only after the checks are done.";

const REPORTED_BEFORE_IT_STOPPED: &str = "loyalty was reported cancelled before it had \
     stopped: abort_all() only asks, and the abort lands when the task is next polled. Await \
     the aborted tasks (join_next_with_id until the set is empty) and report each cancellation \
     as its JoinError comes back.";

const OFF_THE_RUNTIME: &str = "the pricing ran on a thread the runtime does not know about \
     (std::thread): the runtime sees nothing to wait for, so the paused clock jumped ahead to \
     the next timer while the pricing computed. spawn_blocking runs it on tokio's own blocking \
     pool, which the runtime counts, caps and waits for.";

const NO_DEADLINE: &str = "the order waited for loyalty until 5 s: nothing stopped waiting at \
     the 3 s deadline. Wait for each next result with tokio::time::timeout_at(deadline, ..) \
     (the deadline taken once, at the start), and when it runs out, abort what is left.";

const LEFT_RUNNING: &str = "loyalty went on after the deadline and ended at 5 s, though the \
     order had given up on it at 3 s: giving up on a task does not stop it. A timeout drops \
     the wait, not the task; a dropped JoinHandle detaches it. Abort the late checks \
     (JoinSet::abort_all, or each handle's abort()) and collect them.";

const WAITED_FOR_THE_DEADLINE: &str = "every check had ended at 2 s, yet the order waited until \
     the 3 s deadline. In tokio::select!, a branch whose pattern does not match is disabled: \
     when join_next_with_id returns None (the set is empty), `Some(result) = ...` never \
     matches again and the select waits for the deadline. Stop the loop on None.";

fn priced_before_the_checks(t: &Events) -> bool {
    t.count(CHECKS_NEVER_STARTED) > 0 && !stalled(t)
}

#[test]
fn the_order_is_served_with_what_answered_by_the_deadline() {
    paused(async || {
        let timeline = Timeline::start();

        serve(&["inventory", "shipping", "tax", "loyalty"], &timeline).await;
        // Anything left running would show here: loyalty would end at 5 s.
        tokio::time::sleep(secs(6) - timeline.elapsed()).await;

        timeline
            .expect(&[
                (secs(0), "order: checks started"),
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(0), "tax: start"),
                (secs(0), "loyalty: start"),
                (secs(0), "pricing: start"),
                (secs(0), "heartbeat 1"),
                (secs(0), "heartbeat 2"),
                (secs(0), "pricing: end"),
                (
                    ms(500),
                    "order: task 'tax' panicked: tax service unavailable",
                ),
                (secs(1), "shipping: end"),
                (secs(1), "order: 'shipping' answered 500"),
                (secs(2), "inventory: end"),
                (secs(2), "order: 'inventory' answered 15"),
                (secs(3), "loyalty: cancelled"),
                (secs(3), "order: task 'loyalty' cancelled at the deadline"),
                (secs(3), "order: priced at 1250"),
            ])
            .mistake(
                |t| {
                    t.logged_before(
                        "order: task 'loyalty' cancelled at the deadline",
                        "loyalty: cancelled",
                    )
                },
                REPORTED_BEFORE_IT_STOPPED,
            )
            .mistake(|t| t.logged_off_runtime("pricing: start"), OFF_THE_RUNTIME)
            .mistake(stalled, PRICED_ON_THE_RUNTIME)
            .mistake(priced_before_the_checks, PRICED_BEFORE_THE_CHECKS)
            .mistake(
                |t| t.position("order: 'loyalty' answered 7").is_some(),
                NO_DEADLINE,
            )
            .mistake(|t| t.time_of("loyalty: end") == Some(secs(5)), LEFT_RUNNING)
            .lesson(
                "spawn the checks into a JoinSet (id -> name) and the pricing with \
                 spawn_blocking; log \"order: checks started\"; then, until the deadline, \
                 log each result of join_next_with_id by name; at the deadline abort_all and \
                 log the cancelled; finally await the price and log it.",
            )
            .check();
    });
}

#[test]
fn when_every_check_answers_in_time_the_order_does_not_wait_for_the_deadline() {
    paused(async || {
        let timeline = Timeline::start();

        serve(&["inventory", "shipping"], &timeline).await;

        timeline
            .expect(&[
                (secs(0), "order: checks started"),
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(0), "pricing: start"),
                (secs(0), "heartbeat 1"),
                (secs(0), "heartbeat 2"),
                (secs(0), "pricing: end"),
                (secs(1), "shipping: end"),
                (secs(1), "order: 'shipping' answered 500"),
                (secs(2), "inventory: end"),
                (secs(2), "order: 'inventory' answered 15"),
                (secs(2), "order: priced at 1250"),
            ])
            .mistake(
                |t| t.time_of("order: priced at 1250") == Some(secs(3)),
                WAITED_FOR_THE_DEADLINE,
            )
            .mistake(|t| t.logged_off_runtime("pricing: start"), OFF_THE_RUNTIME)
            .mistake(stalled, PRICED_ON_THE_RUNTIME)
            .mistake(priced_before_the_checks, PRICED_BEFORE_THE_CHECKS)
            .lesson("when the last check has answered, the order is done: price it and return.")
            .check();
    });
}

#[test]
fn the_report_holds_the_answers_the_problems_and_the_price() {
    paused(async || {
        let timeline = Timeline::start();

        let report = serve(&["inventory", "shipping", "tax", "loyalty"], &timeline).await;

        assert_eq!(
            report,
            Report {
                answers: vec![("shipping".to_owned(), 500), ("inventory".to_owned(), 15)],
                problems: vec![
                    "task 'tax' panicked: tax service unavailable".to_owned(),
                    "task 'loyalty' cancelled at the deadline".to_owned(),
                ],
                price: 1250,
            },
            "the report: answers and problems in the order they came, with the names, \
             and the price"
        );
        assert_eq!(
            timeline.elapsed(),
            Duration::from_secs(3),
            "serve_order returns at the deadline, 3 s, when loyalty is given up"
        );
    });
}
