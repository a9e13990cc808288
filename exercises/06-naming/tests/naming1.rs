//! naming1: every line says which task wrote it.
//! Run: `cargo test --test naming1`

use naming::naming1::{TaskLog, check_named};
use tasklings::{Events, Timeline, assert_eq, paused, secs};

const MAIN_WROTE_FINISHED: &str = "shipping's \"finished\" line says 2 s, yet shipping ended at 1 s, \
     and main wrote it, not the shipping task: main logged each task's end when it got \
     the task's result, and it awaited inventory (2 s) first. A line that names a task \
     must come from that task: log \"finished\" at the end of the task's own async block.";

const MAIN_WROTE_STARTED: &str = "the \"started\" lines come before \"main: both spawned\": main \
     wrote them before spawning, when the tasks did not exist yet (a spawned task first \
     runs when main reaches an .await). Log \"started\" as the first line inside each \
     task's async block, with the TaskLog moved into it.";

/// True when `what` was logged outside any spawned task: by main.
fn logged_by_main(t: &Events, what: &str) -> bool {
    t.position(what).is_some() && !t.logged_in_spawned_task(what)
}

#[test]
fn each_task_logs_under_its_name_when_things_happen() {
    paused(async || {
        let timeline = Timeline::start();

        check_named(&timeline).await;

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
                |t| logged_by_main(t, "shipping: finished"),
                MAIN_WROTE_FINISHED,
            )
            .mistake(
                |t| logged_by_main(t, "inventory: started"),
                MAIN_WROTE_STARTED,
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

        let events = timeline.events();
        for name in ["inventory", "shipping"] {
            let lines: Vec<_> = events
                .0
                .iter()
                .filter(|e| e.what.starts_with(&format!("{name}: ")))
                .collect();
            assert!(
                !lines.is_empty(),
                "no line starts with \"{name}: \"\nYour timeline:\n{events}"
            );
            let writer = lines[0].task;
            assert!(
                writer.is_some() && lines.iter().all(|e| e.task == writer),
                "the lines that start with \"{name}: \" were not all written by one spawned \
                 task: some came from main. Every line with a task's name must come from \
                 inside that task.\nYour timeline:\n{events}"
            );
        }
        assert!(
            events.task_of("inventory: started") != events.task_of("shipping: started"),
            "inventory and shipping wrote their lines from the same task; spawn one task each"
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
        assert_eq!(answers, (15, 500), "return (stock, shipping cost)");
        assert_eq!(
            timeline.elapsed(),
            secs(2),
            "both checks run at once: 2 s in all"
        );
    });
}
