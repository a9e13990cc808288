//! naming1: every line says which task wrote it.
//! Run: `cargo test --test naming1`

use naming::naming1::{TaskLog, check_named};
use tasklings::{Events, Timeline, assert_eq, paused, seconds, secs};

const LOG_WITHOUT_THE_SPACE: &str = "the lines read \"<name>:<what>\", with no space after \
     the colon: TaskLog::log must write \"<name>: <what>\", the name, a colon and a space, then \
     what happened.";

const MAIN_WROTE_STARTED: &str = "the \"started\" lines come before \"main: both spawned\": main \
     wrote them before spawning, when the tasks did not exist yet (a spawned task first \
     runs when main reaches an .await that waits). Log \"started\" as the first line inside each \
     task's async block, with the TaskLog moved into it.";

const ONE_NAME_FOR_BOTH: &str = "shipping's lines came out under the name \"inventory\": both \
     tasks log through a TaskLog called \"inventory\". Give each task a TaskLog of its own, \
     made with its own name: TaskLog::new(\"shipping\", timeline) for the shipping task.";

/// True when `what` was logged outside any spawned task: by main.
fn logged_by_main(t: &Events, what: &str) -> bool {
    t.position(what).is_some() && !t.logged_in_spawned_task(what)
}

/// Main wrote shipping's "finished" line when it got round to awaiting it,
/// not at 1 s when shipping ended.
fn main_wrote_finished_late(events: &Events) -> String {
    let at = events
        .time_of("shipping: finished")
        .map_or_else(|| "never".to_owned(), seconds);
    format!(
        "shipping's \"finished\" line says {at}, yet shipping ended at 1 s, and main wrote \
         it, not the shipping task: main logged each task's end when it got the task's result, \
         which is when it got round to awaiting it. A line that names a task must come from \
         that task: log \"finished\" at the end of the task's own async block."
    )
}

/// Shipping was spawned only after inventory had been awaited.
fn shipping_spawned_late(events: &Events) -> String {
    let at = events
        .time_of("shipping: started")
        .map_or_else(|| "never".to_owned(), seconds);
    format!(
        "shipping started only at {at}, when inventory had ended: the inventory handle was \
         awaited before the shipping task was spawned, so the checks ran one after the other \
         (3 s). Spawn both tasks first; await the handles after \"main: both spawned\"."
    )
}

const MAIN_LINE_AFTER_AN_AWAIT: &str = "\"main: both spawned\" came after the tasks had \
     begun: main reached an .await (a yield_now, a sleep or a handle) between the spawns \
     and that line, and the tasks ran there. Log it right after the second spawn, before \
     main awaits anything.";

#[test]
fn each_task_logs_under_its_name_when_things_happen() {
    paused(async || {
        let timeline = Timeline::start();

        check_named(&timeline).await;

        let events = timeline.events();
        timeline
            .expect(&[
                (secs(0), "main: both spawned"),
                (secs(0), "inventory: started"),
                (secs(0), "inventory: checking stock"),
                (secs(0), "shipping: started"),
                (secs(0), "shipping: estimating"),
                (secs(1), "shipping: 500 yen"),
                (secs(1), "shipping: finished"),
                (secs(2), "inventory: 15 in stock"),
                (secs(2), "inventory: finished"),
            ])
            .mistake(
                |t| {
                    t.first_starting_with("inventory:")
                        .is_some_and(|e| !e.what.starts_with("inventory: "))
                },
                LOG_WITHOUT_THE_SPACE,
            )
            .mistake(
                |t| t.count("shipping: ") == 0 && t.contains("inventory: estimating"),
                ONE_NAME_FOR_BOTH,
            )
            .mistake(
                |t| {
                    logged_by_main(t, "shipping: finished")
                        && t.time_of("shipping: finished") != Some(secs(1))
                },
                &main_wrote_finished_late(&events),
            )
            .mistake(
                |t| {
                    logged_by_main(t, "inventory: started")
                        || logged_by_main(t, "shipping: started")
                },
                MAIN_WROTE_STARTED,
            )
            .mistake(
                |t| {
                    t.time_of("shipping: started")
                        .is_some_and(|at| at > secs(0))
                },
                &shipping_spawned_late(&events),
            )
            .mistake(
                |t| {
                    t.contains("main: both spawned")
                        && !t.logged_before("main: both spawned", "inventory: started")
                },
                MAIN_LINE_AFTER_AN_AWAIT,
            )
            .lesson(
                "spawn two tasks, each owning a TaskLog with its name; each logs \"started\", \
                 runs its check, logs \"finished\". Main logs \"main: both spawned\" between \
                 the spawns and the awaits.",
            )
            .check();
    });
}

#[test]
fn every_line_with_a_name_was_written_by_that_task() {
    paused(async || {
        let timeline = Timeline::start();

        check_named(&timeline).await;

        // The timeline can say who wrote each line: `None` is main itself.
        let events = timeline.events();
        let (inventory, shipping) = (events.writers("inventory: "), events.writers("shipping: "));
        assert!(
            inventory.iter().chain(&shipping).any(Option::is_some),
            "no line came from a spawned task: both checks ran inside main's own task. \
             Awaiting a future, or join!-ing two, runs them in the caller's task, whatever \
             the lines say. tokio::spawn one task per check.\nYour timeline:\n{events}"
        );
        for (name, writers) in [("inventory", &inventory), ("shipping", &shipping)] {
            assert!(
                !writers.is_empty(),
                "no line starts with \"{name}: \": the {name} task logs through a TaskLog \
                 called \"{name}\".\nYour timeline:\n{events}"
            );
            let by_main: Vec<&str> = events
                .0
                .iter()
                .filter(|e| e.what.starts_with(&format!("{name}: ")) && e.task.is_none())
                .map(|e| e.what.as_str())
                .collect();
            assert!(
                by_main.is_empty(),
                "main wrote {by_main:?}, not the {name} task (see [the caller] below). Every \
                 line with a task's name must come from inside that task, when it happens \
                 there: log it in the task's own async block.\nYour timeline:\n{events}"
            );
            assert!(
                writers.len() == 1,
                "the lines that start with \"{name}: \" came from {} different tasks: two \
                 tasks log under one name. Each task needs a TaskLog made with its own name.\
                 \nYour timeline:\n{events}",
                writers.len()
            );
        }
        assert!(
            inventory != shipping,
            "inventory and shipping wrote their lines from the same task: one task ran both \
             checks. Spawn one task per check.\nYour timeline:\n{events}"
        );
        assert!(
            logged_by_main(&events, "main: both spawned"),
            "\"main: both spawned\" must be written by main itself, between the spawns and \
             the awaits, not from inside a task.\nYour timeline:\n{events}"
        );
        let spawned = events.new_tasks_alive_when("main: both spawned");
        assert!(
            spawned.is_none_or(|tasks| tasks >= 2),
            "\"main: both spawned\" was logged when {} of the two tasks had been spawned. \
             Log it after both spawns, when it is true.\nYour timeline:\n{events}",
            spawned.unwrap_or_default()
        );
    });
}

#[test]
fn the_answers_come_back_and_the_log_prefixes_the_name() {
    paused(async || {
        let timeline = Timeline::start();

        TaskLog::new("pricing", &timeline).log("computing");
        let answers = check_named(&timeline).await;

        assert_eq!(
            timeline.events().names()[0],
            "pricing: computing",
            "TaskLog::log writes \"<name>: <what>\""
        );
        assert_eq!(
            answers,
            (15, 500),
            "return (stock, shipping cost): inventory's answer first, whichever ends first"
        );
        assert_eq!(
            timeline.elapsed(),
            secs(2),
            "both checks run at once: 2 s in all"
        );
    });
}
