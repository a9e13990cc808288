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
//!
//! Two more orders: one where a check (cache) answers at once while the
//! pricing computes until it sees that answer logged, so an order that
//! awaits the price before it listens to the checks is seen; and one where
//! checks end at the very instant of the deadline, on timers set before the
//! order began, so that they have ended before the deadline is handled and
//! must be reported as answers.

use std::future::{Future, poll_fn};
use std::sync::{Arc, Mutex};
use std::task::Poll;
use std::thread;
use std::time::Duration;

use capstone::capstone1::{Check, Report, serve_order};
use tasklings::cpu::{Heartbeat, stall_limit, stalled};
use tasklings::shop::{broken_service, check_inventory, estimate_shipping, service};
use tasklings::{Events, Timeline, assert_eq, catch_panic, impatient, ms, paused, secs};

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
            .all(|start| timeline.wait_for(start, stall_limit()));
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
    let report = catch_panic(async move { impatient(serve_order(checks, price, &t)).await })
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
     stopped: abort_all() only asks, and the task is dropped only when the runtime gets to it. A \
     yield_now() in between proves nothing: this test polls serve_order again at once, as a \
     busy multi-thread runtime may. Await the aborted tasks (join_next_with_id until the set \
     is empty) and report each cancellation as its JoinError comes back.";

const OFF_THE_RUNTIME: &str = "the pricing ran on a thread the runtime does not know about \
     (std::thread): the runtime sees nothing to wait for, so the paused clock jumped ahead to \
     the next timer while the pricing computed. spawn_blocking runs it on tokio's own blocking \
     pool, which the runtime counts, caps and waits for.";

const PRICING_HELD_THE_THREAD: &str = "the pricing ran on the runtime's thread, called right \
     in serve_order or in a task of its own (a task is not a thread): while it computed, no \
     check could run and no answer could be logged. Give it to tokio::task::spawn_blocking, \
     and await the handle only at the end.";

const AWAITED_THE_PRICE_FIRST: &str = "the pricing computed without hearing a single \
     answer, though cache answered at once: serve_order was awaiting the price while the \
     checks ended, so no answer could be logged as it came. The pricing runs on its own \
     thread all along; await its handle last, once the checks are done or given up.";

const PRICED_AFTER_THE_CHECKS: &str = "the pricing started only after the checks were done: \
     it must compute while they run. Start it with tokio::task::spawn_blocking before the \
     first .await, right after spawning the checks, and await its handle at the end.";

const ANSWERS_AT_THE_DEADLINE: &str = "the answers were logged at the deadline, not as each \
     check ended: nothing listened to the checks before 3 s (a sleep until the deadline, \
     then the results). Wait for each next result with join_next_with_id, under \
     tokio::time::timeout_at(deadline, ..), and log it the moment it comes.";

const NEITHER_STOPPED_NOR_REPORTED: &str = "at the deadline, loyalty was neither stopped nor \
     reported: nothing aborted it, and nothing heard it end. Abort the late checks \
     (JoinSet::abort_all) and collect them: each comes back from join_next_with_id as a \
     JoinError that is_cancelled(), to report by name.";

fn neither_stopped_nor_reported(t: &Events) -> bool {
    !t.contains("loyalty: cancelled")
        && !t.contains("order: task 'loyalty' cancelled at the deadline")
        && !t.contains("order: 'loyalty' answered 7")
}

const MISNAMED: &str = "a result carries the wrong check's name: the checks end in their own \
     order (tax at 0.5 s, shipping at 1 s, inventory at 2 s), not in the order they were \
     started. Remember each task's name by its id when you spawn it, and look the name up \
     with the id that join_next_with_id (or the JoinError's id()) gives back.";

const NOT_THE_PANIC_MESSAGE: &str = "tax's panic is reported, but not with its own message: \
     the line must end with the text tax panicked with (\"tax service unavailable\"). A \
     JoinError's Display or Debug adds words of its own; take error.into_panic() and \
     downcast the payload to String (a formatted panic) or &'static str.";

const FINISHED_BUT_REPORTED_CANCELLED: &str = "a check that had ended at 3 s (audit, or a \
     receipt) was reported cancelled: it finished before the deadline was handled, so \
     nothing cancelled it, and the JoinSet still holds its answer (after abort_all() too: \
     aborting a finished task does nothing). Report each result collected at the deadline \
     for what it is (an answer, a panic, or a JoinError that is_cancelled()), not every one \
     of them as a cancellation.";

const NO_DEADLINE: &str = "the order waited for loyalty until 5 s: nothing stopped waiting at \
     the 3 s deadline. Wait for each next result with tokio::time::timeout_at(deadline, ..) \
     (the deadline taken once, at the start), and when it runs out, abort what is left.";

const LEFT_RUNNING: &str = "loyalty went on after the deadline and ended at 5 s, though the \
     order had given up on it at 3 s: giving up on a task does not stop it. A timeout drops \
     the wait, not the task; a dropped JoinHandle detaches it. Abort the late checks \
     (JoinSet::abort_all, or each handle's abort()) and collect them.";

const WAITED_FOR_THE_DEADLINE: &str = "every check had ended, yet the order waited until the \
     3 s deadline. When join_next_with_id returns None, the set is empty: every check \
     has ended, so stop the loop there. (In tokio::select!, a branch whose pattern does not \
     match is disabled: with `Some(result) = ...`, a None never matches again and the \
     select waits for the deadline.)";

fn priced_before_the_checks(t: &Events) -> bool {
    t.count(CHECKS_NEVER_STARTED) > 0 && !stalled(t)
}

fn priced_after_the_checks(t: &Events) -> bool {
    t.time_of("pricing: start").is_some_and(|at| at > secs(0))
}

/// A line that pairs a check's name with another check's answer or panic.
fn misnamed(t: &Events) -> bool {
    const RIGHT: [&str; 4] = [
        "order: 'inventory' answered 15",
        "order: 'shipping' answered 500",
        "order: 'loyalty' answered 7",
        "order: 'cache' answered 42",
    ];
    t.0.iter().any(|e| {
        let line = e.what.as_str();
        (line.starts_with("order: '") && line.contains("' answered ") && !RIGHT.contains(&line))
            || (line.starts_with("order: task '")
                && line.contains("panicked")
                && !line.starts_with("order: task 'tax' panicked"))
    })
}

fn not_the_panic_message(t: &Events) -> bool {
    t.first_starting_with("order: task 'tax' panicked")
        .is_some_and(|e| e.what != "order: task 'tax' panicked: tax service unavailable")
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
            .mistake(|t| t.logged_off_runtime("pricing: start"), OFF_THE_RUNTIME)
            .mistake(stalled, PRICED_ON_THE_RUNTIME)
            .mistake(priced_before_the_checks, PRICED_BEFORE_THE_CHECKS)
            .mistake(
                |t| t.position("order: 'loyalty' answered 7").is_some(),
                NO_DEADLINE,
            )
            .mistake(|t| t.time_of("loyalty: end") == Some(secs(5)), LEFT_RUNNING)
            .mistake(neither_stopped_nor_reported, NEITHER_STOPPED_NOR_REPORTED)
            .mistake(
                |t| {
                    t.logged_before(
                        "order: task 'loyalty' cancelled at the deadline",
                        "loyalty: cancelled",
                    )
                },
                REPORTED_BEFORE_IT_STOPPED,
            )
            .mistake(misnamed, MISNAMED)
            .mistake(not_the_panic_message, NOT_THE_PANIC_MESSAGE)
            .mistake(
                |t| t.time_of("order: 'shipping' answered 500") == Some(secs(3)),
                ANSWERS_AT_THE_DEADLINE,
            )
            .mistake(priced_after_the_checks, PRICED_AFTER_THE_CHECKS)
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
            .mistake(|t| t.logged_off_runtime("pricing: start"), OFF_THE_RUNTIME)
            .mistake(stalled, PRICED_ON_THE_RUNTIME)
            .mistake(priced_before_the_checks, PRICED_BEFORE_THE_CHECKS)
            .mistake(misnamed, MISNAMED)
            .mistake(
                |t| t.time_of("order: 'shipping' answered 500") == Some(secs(3)),
                ANSWERS_AT_THE_DEADLINE,
            )
            .mistake(priced_after_the_checks, PRICED_AFTER_THE_CHECKS)
            .mistake(
                |t| t.time_of("order: priced at 1250") == Some(secs(3)),
                WAITED_FOR_THE_DEADLINE,
            )
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

/// What the pricing stand-in of the next test logs when no answer came while it computed.
const HEARD_NO_ANSWER: &str = "pricing: no answer was logged in 1 s of computing";

#[test]
fn an_answer_is_logged_as_it_comes_while_the_pricing_still_computes() {
    paused(async || {
        let timeline = Timeline::start();
        let t = timeline.clone();
        // cache answers at once, from memory; shipping takes 1 s.
        let checks = vec![
            Check::new("cache", async { 42 }),
            Check::new("shipping", async move {
                estimate_shipping("item_9876", &t).await.cost
            }),
        ];
        // The pricing computes until it sees cache's answer logged (or 1 s of
        // real time has passed), and notes the thread it ran on.
        let runtime_thread = thread::current().id();
        let on_the_runtime = Arc::new(Mutex::new(false));
        let (noted, t) = (on_the_runtime.clone(), timeline.clone());
        let price = move || {
            *noted.lock().unwrap() = thread::current().id() == runtime_thread;
            if t.wait_for("order: 'cache' answered 42", stall_limit()) {
                t.log("pricing: heard cache's answer");
            } else {
                t.log(HEARD_NO_ANSWER);
            }
            1250
        };

        let t = timeline.clone();
        let report = catch_panic(async move { impatient(serve_order(checks, price, &t)).await })
            .await
            .unwrap_or_else(|panic| panic!("{SUNK}\nserve_order panicked with: {panic}"));

        let on_the_runtime = *on_the_runtime.lock().unwrap();
        timeline
            .expect(&[
                (secs(0), "order: checks started"),
                (secs(0), "shipping: start"),
                (secs(0), "order: 'cache' answered 42"),
                (secs(0), "pricing: heard cache's answer"),
                (secs(1), "shipping: end"),
                (secs(1), "order: 'shipping' answered 500"),
                (secs(1), "order: priced at 1250"),
            ])
            .mistake(
                |t| {
                    t.logged_off_runtime("pricing: heard cache's answer")
                        || t.logged_off_runtime(HEARD_NO_ANSWER)
                },
                OFF_THE_RUNTIME,
            )
            .mistake(|_| on_the_runtime, PRICING_HELD_THE_THREAD)
            .mistake(misnamed, MISNAMED)
            .mistake(
                |t| t.time_of("order: 'cache' answered 42") == Some(secs(3)),
                ANSWERS_AT_THE_DEADLINE,
            )
            .mistake(|t| t.contains(HEARD_NO_ANSWER), AWAITED_THE_PRICE_FIRST)
            .mistake(
                |t| t.time_of("order: priced at 1250") == Some(secs(3)),
                WAITED_FOR_THE_DEADLINE,
            )
            .mistake(
                |t| {
                    t.time_of("pricing: heard cache's answer")
                        .is_some_and(|at| at > secs(0))
                },
                PRICED_AFTER_THE_CHECKS,
            )
            .lesson(
                "log each answer the moment its check ends, while the pricing computes on \
                 its blocking thread; await the price last.",
            )
            .check();
        assert_eq!(
            report,
            Report {
                answers: vec![("cache".to_owned(), 42), ("shipping".to_owned(), 500)],
                problems: vec![],
                price: 1250,
            },
            "the report: the answers in the order they came, and the price"
        );
    });
}

/// How many quiet checks end at the deadline beside audit.
const RECEIPTS: usize = 12;

#[test]
fn a_check_that_ends_at_the_deadline_is_reported_as_what_it_did() {
    paused(async || {
        let timeline = Timeline::start();
        let (a, b) = (timeline.clone(), timeline.clone());
        // audit ends at 3 s, the very instant of the deadline, on a timer set
        // before serve_order is called: at 3 s it fires first, so audit has
        // ended (and its task is done) by the time serve_order sees the
        // deadline. loyalty is late. Twelve quiet receipts end with audit:
        // a select! without `biased;` that takes the deadline branch while
        // some of them wait to be collected meets them again after abort_all,
        // finished, and must report their answers then (the chance that it
        // collects all thirteen before it picks the deadline is 1 in 8192).
        let mut audit_ends = Box::pin(tokio::time::sleep(secs(3)));
        let mut receipts_end: Vec<_> = (0..RECEIPTS)
            .map(|_| Box::pin(tokio::time::sleep(secs(3))))
            .collect();
        poll_fn(|cx| {
            let _ = audit_ends.as_mut().poll(cx);
            for ends in &mut receipts_end {
                let _ = ends.as_mut().poll(cx);
            }
            Poll::Ready(())
        })
        .await;
        let mut checks = vec![
            Check::new(
                "audit",
                a.clone().on_cancel("audit", async move {
                    a.log("audit: start");
                    audit_ends.await;
                    a.log("audit: end");
                    9
                }),
            ),
            Check::new(
                "loyalty",
                b.clone().on_cancel("loyalty", async move {
                    service("loyalty", secs(5), 7, &b).await
                }),
            ),
        ];
        // Quiet checks that end at 3 s as well, each on a timer set early.
        for (n, ends) in receipts_end.into_iter().enumerate() {
            let name = format!("receipt {}", n + 1);
            checks.push(Check::new(&name, async move {
                ends.await;
                n as u32 + 1
            }));
        }
        let t = timeline.clone();
        let report = catch_panic(async move { impatient(serve_order(checks, || 1250, &t)).await })
            .await
            .unwrap_or_else(|panic| panic!("{SUNK}\nserve_order panicked with: {panic}"));

        let receipts: Vec<String> = (1..=RECEIPTS)
            .map(|n| format!("order: 'receipt {n}' answered {n}"))
            .collect();
        let mut expected = vec![
            (secs(0), "order: checks started"),
            (secs(0), "audit: start"),
            (secs(0), "loyalty: start"),
            (secs(3), "audit: end"),
            (secs(3), "order: 'audit' answered 9"),
        ];
        expected.extend(receipts.iter().map(|line| (secs(3), line.as_str())));
        expected.extend([
            (secs(3), "loyalty: cancelled"),
            (secs(3), "order: task 'loyalty' cancelled at the deadline"),
            (secs(3), "order: priced at 1250"),
        ]);
        timeline
            .expect(&expected)
            .mistake(
                |t| {
                    t.contains("order: task 'audit' cancelled at the deadline")
                        || t.count("order: task 'receipt") > 0
                },
                FINISHED_BUT_REPORTED_CANCELLED,
            )
            .mistake(
                |t| t.position("order: 'loyalty' answered 7").is_some(),
                NO_DEADLINE,
            )
            .mistake(neither_stopped_nor_reported, NEITHER_STOPPED_NOR_REPORTED)
            .mistake(
                |t| {
                    t.logged_before(
                        "order: task 'loyalty' cancelled at the deadline",
                        "loyalty: cancelled",
                    )
                },
                REPORTED_BEFORE_IT_STOPPED,
            )
            .lesson(
                "at the deadline, abort_all and then report every result the set still \
                 gives for what it is: an answer, a panic or a cancellation.",
            )
            .check();
        assert_eq!(
            report,
            Report {
                answers: [("audit".to_owned(), 9)]
                    .into_iter()
                    .chain((1..=RECEIPTS as u32).map(|n| (format!("receipt {n}"), n)))
                    .collect(),
                problems: vec!["task 'loyalty' cancelled at the deadline".to_owned()],
                price: 1250,
            },
            "audit and the receipts ended in time: their answers are in the report; loyalty \
             was cancelled"
        );
    });
}
