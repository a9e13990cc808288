//! naming4: "task 'tax' panicked: ...".
//! Run: `cargo test --test naming4`
//!
//! Two of the workers panic on purpose; their panic messages show in the
//! output of a failing test. That is expected: the test is about what
//! `supervise` reports, not about the panics themselves.

use naming::naming4::{Worker, panic_message, supervise};
use tasklings::shop::{broken_service, service};
use tasklings::{Events, Timeline, assert_eq, catch_panic, ms, paused, secs};

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

#[test]
fn every_worker_is_reported_by_name_the_moment_it_ends() {
    paused(async || {
        let timeline = Timeline::start();

        supervise(workers(&timeline), &timeline).await;

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
                |t| t.count("a panic without a message") > 0,
                STRING_PANIC_LOST,
            )
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
            panic!(
                "supervise itself panicked when a worker did: a worker's panic came back as \
                 Err(JoinError) and supervise unwrapped it (.unwrap(), .expect() or ?). Match \
                 on the result instead: an Err is one more line of the report, and the loop \
                 goes on.\nsupervise panicked with: {panic}"
            )
        });

        assert_eq!(
            report,
            [
                "'loyalty' returned 7",
                "task 'shipping' panicked: out of trucks",
                "'inventory' returned 15",
                "task 'tax' panicked: tax service unavailable",
            ],
            "one line per worker, in the order they ended"
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
            "panic!(\"out of trucks\") leaves a &'static str"
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
