//! naming4: "task 'tax' panicked: ...".
//! Run: `cargo test --test naming4`
//!
//! Two of the workers panic on purpose; their panic messages show in the
//! output of a failing test. That is expected: the test is about what
//! `supervise` reports, not about the panics themselves.

use naming::naming4::{Worker, panic_message, supervise};
use tasklings::shop::{broken_service, service};
use tasklings::{
    Events, Timeline, assert_eq, catch_panic, ms, must_not_panic, paused, seconds, secs,
};

/// The shipping service: panics with a literal message (a `&str` payload) after 1 s.
async fn out_of_trucks(timeline: Timeline) -> u32 {
    timeline.log("shipping: start");
    tokio::time::sleep(secs(1)).await;
    tasklings::stage_next_panic();
    panic!("out of trucks")
}

/// Four workers: two answer, two panic (at 1 s with a `&str`, at 3 s with a `String`).
fn workers(timeline: &Timeline) -> Vec<Worker> {
    let t = timeline.clone();
    let inventory = async move { service("inventory", secs(2), 15, &t).await };
    let t = timeline.clone();
    let loyalty = async move { service("loyalty", ms(500), 7, &t).await };
    let t = timeline.clone();
    let tax = async move { broken_service("tax", secs(3), &t).await };
    vec![
        Worker::new("inventory", inventory),
        Worker::new("shipping", out_of_trucks(timeline.clone())),
        Worker::new("loyalty", loyalty),
        Worker::new("tax", tax),
    ]
}

fn reported_by_id(t: &Events) -> bool {
    t.0.iter().any(|e| {
        e.what
            .strip_prefix("report: task ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })
}

const BY_ID: &str = "a failure is reported by the task's id (\"task 7 panicked\", say): nobody \
     knows which task that is. The JoinError carries only the id (error.id()); look it up in \
     the map from id to name you filled when spawning, and write the name.";

const JOIN_ERROR_TEXT: &str = "the report holds the JoinError's own text, \"task 7 panicked with \
     message ...\": a bare id again, and the word panicked twice. Take the payload with \
     error.into_panic() and turn it into text with panic_message.";

const STRING_PANIC_LOST: &str = "tax's message was lost: \"a panic without a message\". \
     panic!(\"{name} service unavailable\") formats its message, and a formatted panic's \
     payload is a String, not a &'static str. Try both downcasts.";

const LITERAL_PANIC_LOST: &str = "shipping's message was lost: \"a panic without a message\". \
     panic!(\"out of trucks\") has a literal message, and its payload is a &'static str, \
     not a String: payload.downcast_ref::<&'static str>(). Try both downcasts.";

const DEBUG_PAYLOAD: &str = "the report says \"Any { .. }\": the payload was printed with \
     {:?}, and a Box<dyn Any> shows nothing of what it holds. Downcast it to the text it \
     carries (&'static str or String) in panic_message.";

const PANIC_AS_CANCELLED: &str = "a worker that panicked was reported as cancelled. A JoinError \
     is one or the other: error.is_panic() when the task panicked (then into_panic() gives \
     the payload), error.is_cancelled() when it was aborted. Nothing was aborted here.";

const OTHERS_STOPPED: &str = "shipping's panic stopped the workers still running: inventory \
     and tax were never reported as they ended. One worker's panic must not stop the others: \
     report it as one more line and go on with the loop over join_next_with_id (leaving the \
     loop, or dropping or aborting the JoinSet, cancels every task still in it).";

const SUPERVISE_PANICKED: &str = "supervise itself panicked when a worker did: a worker's panic \
     came back as Err(JoinError) and supervise unwrapped it (.unwrap(), .expect(), ? or \
     join_all). Match on the result instead: an Err is one more line of the report, and the \
     loop goes on.";

const ONE_AT_A_TIME: &str = "shipping started only when inventory had ended: each worker was \
     spawned and awaited before the next, so they ran one after another. Spawn every job into \
     the JoinSet first, then take the results as they come.";

const NAMES_IN_LIST_ORDER: &str = "loyalty's answer (7, at 0.5 s) was reported as \
     inventory's: the names were taken in the order of the list, but results come in the \
     order the tasks end. Keep set.spawn(..).id() with each name, and look up the id that \
     join_next_with_id (or error.id()) hands back.";

const AWAITED_IN_LIST_ORDER: &str = "loyalty ended at 0.5 s but was reported only at 2 s, \
     after inventory: the results were taken in the order of the list, so each waits behind \
     every slower worker listed before it. join_next_with_id gives each result the moment its \
     task ends.";

/// Every report line came at 3 s, when the last worker ended.
fn reported_at_the_end(t: &Events) -> bool {
    let mut lines =
        t.0.iter()
            .filter(|e| e.what.starts_with("report: "))
            .peekable();
    lines.peek().is_some() && lines.all(|e| e.at == secs(3))
}

fn reported_at_the_end_lesson(t: &Events) -> String {
    let at = t
        .time_of("loyalty: end")
        .map_or_else(|| "0.5 s".to_owned(), seconds);
    format!(
        "every report line came at 3 s, when the last worker ended, though loyalty ended at \
         {at}: the lines were collected first and logged afterwards. Log each one inside the \
         loop over join_next_with_id, the moment its result comes."
    )
}

#[test]
fn every_worker_is_reported_by_name_the_moment_it_ends() {
    paused(async || {
        let timeline = Timeline::start();

        must_not_panic(SUPERVISE_PANICKED, supervise(workers(&timeline), &timeline)).await;

        let events = timeline.events();
        timeline
            .expect(&[
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(0), "loyalty: start"),
                (secs(0), "tax: start"),
                (ms(500), "loyalty: end"),
                (ms(500), "report: 'loyalty' returned 7"),
                (secs(1), "report: task 'shipping' panicked: out of trucks"),
                (secs(2), "inventory: end"),
                (secs(2), "report: 'inventory' returned 15"),
                (
                    secs(3),
                    "report: task 'tax' panicked: tax service unavailable",
                ),
            ])
            .mistake(reported_by_id, BY_ID)
            .mistake(|t| t.count("panicked with message") > 0, JOIN_ERROR_TEXT)
            .mistake(
                |t| {
                    t.contains("report: task 'shipping' panicked: out of trucks")
                        && !t.contains("inventory: end")
                },
                OTHERS_STOPPED,
            )
            .mistake(
                |t| t.contains("report: task 'shipping' was cancelled"),
                PANIC_AS_CANCELLED,
            )
            .mistake(|t| t.count("Any {") > 0, DEBUG_PAYLOAD)
            .mistake(
                |t| t.contains("report: task 'shipping' panicked: a panic without a message"),
                LITERAL_PANIC_LOST,
            )
            .mistake(
                |t| t.contains("report: task 'tax' panicked: a panic without a message"),
                STRING_PANIC_LOST,
            )
            .mistake(
                |t| t.time_of("shipping: start").is_some_and(|at| at > secs(0)),
                ONE_AT_A_TIME,
            )
            .mistake(
                |t| t.contains("report: 'inventory' returned 7"),
                NAMES_IN_LIST_ORDER,
            )
            .mistake(
                |t| t.time_of("report: 'loyalty' returned 7") == Some(secs(2)),
                AWAITED_IN_LIST_ORDER,
            )
            .mistake(reported_at_the_end, &reported_at_the_end_lesson(&events))
            .lesson(
                "spawn every job into a JoinSet and map each task's id to its worker's name; \
                 for each result of join_next_with_id, report the name with the answer, or \
                 with the panic's message (error.id() says whose panic it is).",
            )
            .check();
    });
}

#[test]
fn one_panicking_worker_does_not_stop_the_others() {
    paused(async || {
        let timeline = Timeline::start();

        let supervising = {
            let timeline = timeline.clone();
            async move { supervise(workers(&timeline), &timeline).await }
        };
        let report = catch_panic(supervising).await.unwrap_or_else(|panic| {
            panic!("{SUPERVISE_PANICKED}\nsupervise panicked with: {panic}")
        });

        let prefixed = !report.is_empty() && report.iter().all(|l| l.starts_with("report: "));
        assert_eq!(
            report,
            [
                "'loyalty' returned 7",
                "task 'shipping' panicked: out of trucks",
                "'inventory' returned 15",
                "task 'tax' panicked: tax service unavailable",
            ],
            "{}",
            if prefixed {
                "the lines you returned carry the log's \"report: \" prefix: return the lines \
                 themselves (\"'loyalty' returned 7\"); the prefix is only for the log"
            } else {
                "one line per worker, in the order they ended"
            }
        );
        assert_eq!(
            timeline.elapsed(),
            secs(3),
            "the report is ready when the last worker ends, at 3 s"
        );
    });
}

#[test]
fn panic_message_reads_literal_and_formatted_panics() {
    paused(async || {
        assert_eq!(
            panic_message(Box::new("out of trucks")),
            "out of trucks",
            "{LITERAL_PANIC_LOST}"
        );
        let service = "tax";
        assert_eq!(
            panic_message(Box::new(format!("{service} service unavailable"))),
            "tax service unavailable",
            "{STRING_PANIC_LOST}"
        );
        assert_eq!(
            panic_message(Box::new(42_u8)),
            "a panic without a message",
            "std::panic::panic_any(42) leaves a payload that is no text at all"
        );
    });
}

#[test]
fn each_worker_runs_as_a_task_of_its_own_and_main_writes_the_report() {
    paused(async || {
        let timeline = Timeline::start();

        must_not_panic(SUPERVISE_PANICKED, supervise(workers(&timeline), &timeline)).await;

        // `writers` says which task logged the lines: `None` is the caller.
        let events = timeline.events();
        let mut tasks = Vec::new();
        for name in ["inventory", "shipping", "loyalty", "tax"] {
            let writers = events.writers(&format!("{name}: "));
            assert!(
                writers.len() == 1 && writers[0].is_some(),
                "{name}'s job did not run as a task of its own: its lines came from \
                 [the caller], supervise's own task. Polling the jobs together in one task \
                 (join!, select!, a hand-made poll loop, catch_unwind) is not a task per \
                 worker: spawn each job into the JoinSet.\nYour timeline:\n{events}"
            );
            tasks.push(writers[0]);
        }
        tasks.dedup();
        assert!(
            tasks.len() == 4,
            "some workers ran in one shared task; spawn one task per worker.\
             \nYour timeline:\n{events}"
        );
        assert!(
            events.writers("report: ") == [None],
            "the report lines must be written by supervise itself, as each result comes \
             back, not from inside the workers' tasks.\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn many_workers_are_reported_in_the_order_they_end_every_time() {
    paused(async || {
        let timeline = Timeline::start();
        // Eight workers, listed in no order of name or time, two of them
        // crashing: a report that comes out of a HashMap's iteration order
        // will not match, whatever its hasher's seed.
        let plan = [
            ("plum", 6, false),
            ("rice", 2, true),
            ("apple", 8, false),
            ("kale", 1, false),
            ("mango", 7, true),
            ("leek", 3, false),
            ("nuts", 5, false),
            ("salt", 4, false),
        ];
        let workers = plan
            .iter()
            .map(|&(name, after, crashes)| {
                let t = timeline.clone();
                let job = async move {
                    if crashes {
                        broken_service(name, secs(after), &t).await
                    } else {
                        service(name, secs(after), after as u32, &t).await
                    }
                };
                Worker::new(name, job)
            })
            .collect();

        let report = must_not_panic(SUPERVISE_PANICKED, supervise(workers, &timeline)).await;

        assert_eq!(
            report,
            [
                "'kale' returned 1",
                "task 'rice' panicked: rice service unavailable",
                "'leek' returned 3",
                "'salt' returned 4",
                "'nuts' returned 5",
                "'plum' returned 6",
                "task 'mango' panicked: mango service unavailable",
                "'apple' returned 8",
            ],
            "one line per worker, in the order they ended (1 s, 2 s, ... 8 s). Push each line \
             onto a Vec as it comes; a HashMap forgets the order."
        );
    });
}
