//! naming2: a name the whole task can see.
//! Run: `cargo test --test naming2`

use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

use naming::naming2::{TASK_NAME, log, lookup, spawn_named};
use tasklings::{Events, Timeline, assert_eq, paused, secs};

const NOT_INHERITED: &str = "the lookups logged as \"main\": inside the spawned tasks TASK_NAME \
     was not set. A task-local is set only inside the future that .scope(..) wraps, and a \
     spawned task does not inherit the spawner's: TASK_NAME.sync_scope(name, || tokio::spawn(f)) \
     sets it for main while it spawns, not for the task. Wrap the task's own future: \
     tokio::spawn(TASK_NAME.scope(name, future)).";

const SPAWNED_AGAIN: &str = "the lookups logged as \"main\" from a task that is not the one \
     spawn_named returned: the future was spawned a second time, inside the named task, and \
     that inner task has no name (a spawned task does not inherit the spawner's task-locals). \
     Spawn the future itself, wrapped in the scope: tokio::spawn(TASK_NAME.scope(name, future)).";

const NAME_LEFT_BEHIND: &str = "main logged under a task's name: the name outlived the task's \
     turn. Whatever holds it (a thread-local, a global) still held the last task's name when \
     main ran on that thread. A tokio::task_local! is set only while the future inside \
     .scope(..) is polled (or dropped), and is gone again when that returns.";

/// The line main logged for `what`, whatever name it put in front.
fn main_line_for(t: &Events, what: &str) -> Option<String> {
    t.0.iter()
        .find(|e| e.task.is_none() && e.what.ends_with(&format!(": {what}")))
        .map(|e| e.what.clone())
}

/// Main logged `what` under a name other than "main".
fn main_misnamed(what: &str) -> impl Fn(&Events) -> bool {
    move |t| main_line_for(t, what).is_some_and(|line| line != format!("main: {what}"))
}

/// What main wrote for `what`, and what it should write.
fn fallback_lesson(t: &Events, what: &str) -> String {
    let line = main_line_for(t, what).unwrap_or_default();
    format!(
        "main logged \"{line}\". Outside any named task there is no TASK_NAME \
         (try_with returns Err), and the name to write then is \"main\": \"main: {what}\"."
    )
}

const ONE_NAME_PER_THREAD: &str = "warehouse-a's lookup began under its own name but ended \
     under another: the name was kept per thread, and every task here takes turns on one \
     thread, so it held whatever the task that ran last had left there. A tokio::task_local! \
     belongs to the scoped future: tokio sets it around each poll of that future, whatever \
     ran before.";

const LOGGED_FROM_MAIN_PANICKED: &str = "log panicked when main called it (its message is \
     printed above). Outside a named task TASK_NAME is not set, and TASK_NAME.with(..) panics \
     then; TASK_NAME.try_with(..) returns an Err instead: fall back to \"main\".";

/// Calls `log` from main, where no task name is set.
fn log_from_main(timeline: &Timeline, what: &str) {
    let Err(panic) = catch_unwind(AssertUnwindSafe(|| log(timeline, what))) else {
        return;
    };
    let text = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or_default();
    // An unfinished log says so itself; only a task-local read is this lesson.
    if !text.contains("task-local") {
        resume_unwind(panic);
    }
    panic!("{LOGGED_FROM_MAIN_PANICKED}");
}

#[test]
fn lines_logged_deep_inside_a_task_carry_its_name() {
    paused(async || {
        let timeline = Timeline::start();

        let a = spawn_named("warehouse-a", lookup("apple", secs(2), timeline.clone()));
        let b = spawn_named("warehouse-b", lookup("bread", secs(1), timeline.clone()));
        let a_id = a.id();
        log_from_main(&timeline, "both lookups spawned");
        a.await.expect("warehouse-a panicked");
        b.await.expect("warehouse-b panicked");
        log_from_main(&timeline, "done");

        let events = timeline.events();
        timeline
            .expect(&[
                (secs(0), "main: both lookups spawned"),
                (secs(0), "warehouse-a: looking up apple"),
                (secs(0), "warehouse-b: looking up bread"),
                (secs(1), "warehouse-b: bread found"),
                (secs(2), "warehouse-a: apple found"),
                (secs(2), "main: done"),
            ])
            .mistake(
                |t| {
                    t.task_of("main: looking up apple")
                        .is_some_and(|task| task != a_id)
                },
                SPAWNED_AGAIN,
            )
            .mistake(
                |t| t.position("main: looking up apple").is_some(),
                NOT_INHERITED,
            )
            .mistake(
                |t| main_line_for(t, "done").is_some_and(|line| line.starts_with("warehouse-")),
                NAME_LEFT_BEHIND,
            )
            .mistake(
                main_misnamed("both lookups spawned"),
                &fallback_lesson(&events, "both lookups spawned"),
            )
            .mistake(
                |t| {
                    t.position("warehouse-a: looking up apple").is_some()
                        && t.position("warehouse-a: apple found").is_none()
                },
                ONE_NAME_PER_THREAD,
            )
            .lesson(
                "spawn_named spawns TASK_NAME.scope(name, future); log reads TASK_NAME with \
                 try_with and falls back to \"main\".",
            )
            .check();
    });
}

#[test]
fn a_named_task_that_spawns_another_keeps_its_own_name() {
    paused(async || {
        let timeline = Timeline::start();

        let order = spawn_named("order", {
            let timeline = timeline.clone();
            async move {
                log(&timeline, "taking the order");
                let courier = spawn_named("courier", {
                    let timeline = timeline.clone();
                    async move {
                        log(&timeline, "on my way");
                        tokio::time::sleep(secs(1)).await;
                        log(&timeline, "delivered");
                    }
                });
                courier.await.expect("the courier panicked");
                log(&timeline, "order closed");
            }
        });
        order.await.expect("the order task panicked");

        timeline
            .expect(&[
                (secs(0), "order: taking the order"),
                (secs(0), "courier: on my way"),
                (secs(1), "courier: delivered"),
                (secs(1), "order: order closed"),
            ])
            .mistake(
                |t| t.position("main: taking the order").is_some(),
                NOT_INHERITED,
            )
            .mistake(
                |t| t.position("order: order closed").is_none(),
                "after the courier task ended, the order task lost its name: the name was \
                 kept per thread and the courier overwrote it (or cleared it). A task-local \
                 belongs to one task; the courier's scope cannot touch the order's.",
            )
            .lesson(
                "each task sees its own name, also while and after it awaits another named task.",
            )
            .check();
    });
}

#[test]
fn main_logs_as_main_outside_any_named_task() {
    paused(async || {
        let timeline = Timeline::start();

        log_from_main(&timeline, "ready");

        let events = timeline.events();
        timeline
            .expect(&[(secs(0), "main: ready")])
            .mistake(main_misnamed("ready"), &fallback_lesson(&events, "ready"))
            .lesson("outside any named task, log writes \"main: <what>\".")
            .check();
    });
}

#[test]
fn a_task_spawned_without_a_name_logs_as_main() {
    paused(async || {
        let timeline = Timeline::start();

        // A named task hands some work to a plain tokio::spawn task: the
        // helper is outside any named task, so its lines say "main".
        let order = spawn_named("order", {
            let timeline = timeline.clone();
            async move {
                log(&timeline, "taking the order");
                let helper = tokio::spawn({
                    let timeline = timeline.clone();
                    async move {
                        tokio::time::sleep(secs(1)).await;
                        log(&timeline, "restocking");
                    }
                });
                let helper = helper.await;
                log(&timeline, "order closed");
                helper
            }
        });
        let order_id = order.id();
        let helper = order.await.expect("the order task panicked");

        if let Err(error) = helper {
            if !error.to_string().contains("task-local") {
                resume_unwind(error.into_panic());
            }
            panic!(
                "log panicked in a task spawned with plain tokio::spawn ({error}). That task \
                 has no name: a spawned task does not inherit the spawner's TASK_NAME, so it \
                 is outside any named task, like main, and TASK_NAME.with(..) panics there. \
                 Read the name with TASK_NAME.try_with(..) and fall back to \"main\" \
                 whenever it returns Err, in a task or not."
            );
        }
        timeline
            .expect(&[
                (secs(0), "order: taking the order"),
                (secs(1), "main: restocking"),
                (secs(1), "order: order closed"),
            ])
            .mistake(
                |t| {
                    t.task_of("main: taking the order")
                        .is_some_and(|task| task != order_id)
                },
                SPAWNED_AGAIN,
            )
            .mistake(|t| t.contains("main: taking the order"), NOT_INHERITED)
            .mistake(
                |t| t.contains("order: restocking"),
                "the helper task, spawned with plain tokio::spawn, logged as \"order\": it \
                 inherited a name it was never given. The name was left where the next task \
                 finds it (a thread-local or a global that is set but not reset). A \
                 task-local is set only around the polls (and the drop) of the future that \
                 .scope(..) wraps; a task spawned from inside it starts with none.",
            )
            .mistake(
                |t| {
                    t.0.iter()
                        .any(|e| e.what.ends_with(": restocking") && e.what != "main: restocking")
                },
                "the helper task, spawned with plain tokio::spawn, has no TASK_NAME \
                 (try_with returns Err there, as in main), and then the name to write is \
                 \"main\": \"main: restocking\".",
            )
            .lesson(
                "a task spawned without spawn_named has no TASK_NAME: its lines say \"main\", \
                 even when a named task spawned it.",
            )
            .check();
    });
}

#[test]
fn the_future_runs_as_the_task_spawn_named_returns_with_task_name_set() {
    paused(async || {
        // Asks, from inside the task, which task it is and what TASK_NAME says.
        let pricing = spawn_named("pricing", async {
            (tokio::task::id(), TASK_NAME.try_with(String::clone).ok())
        });
        let returned = pricing.id();
        let (ran_in, name) = pricing.await.expect("the pricing task panicked");

        assert!(
            ran_in == returned,
            "the future ran in task {ran_in}, but spawn_named returned the handle of task \
             {returned}: the future was spawned a second time inside the task. Spawn the \
             future itself, wrapped in the scope: tokio::spawn(TASK_NAME.scope(name, future))."
        );
        assert_eq!(
            name.as_deref(),
            Some("pricing"),
            "inside the task, TASK_NAME.try_with(..) must give the task's name. Keeping the \
             names somewhere else (a map from task id to name, a thread-local) can print the \
             right lines, but a task-local is what any function in the task can read: \
             spawn TASK_NAME.scope(name, future)."
        );
        assert!(
            TASK_NAME.try_with(|_| ()).is_err(),
            "main has a TASK_NAME after spawn_named: the name belongs to the task only"
        );
    });
}
