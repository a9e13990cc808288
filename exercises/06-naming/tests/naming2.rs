//! naming2: a name the whole task can see.
//! Run: `cargo test --test naming2`

use std::panic::{AssertUnwindSafe, catch_unwind};

use naming::naming2::{log, lookup, spawn_named};
use tasklings::{Timeline, paused, secs};

const NOT_INHERITED: &str = "the lookups logged as \"main\": inside the spawned tasks TASK_NAME \
     was not set. A task-local is set only inside the future that .scope(..) wraps, and a \
     spawned task does not inherit the spawner's: TASK_NAME.sync_scope(name, || tokio::spawn(f)) \
     sets it for main while it spawns, not for the task. Wrap the task's own future: \
     tokio::spawn(TASK_NAME.scope(name, future)).";

const ONE_NAME_PER_THREAD: &str = "warehouse-a's lookup began under its own name but ended \
     under another: the name was kept per thread, and every task here takes turns on one \
     thread, so it held whatever the task that ran last had left there. A tokio::task_local! \
     belongs to the task: tokio sets it each time it polls that task, whatever ran before.";

const LOGGED_FROM_MAIN_PANICKED: &str = "log panicked when main called it (its message is \
     printed above). Outside a named task TASK_NAME is not set, and TASK_NAME.with(..) panics \
     then; TASK_NAME.try_with(..) returns an Err instead: fall back to \"main\".";

/// Calls `log` from main, where no task name is set.
fn log_from_main(timeline: &Timeline, what: &str) {
    let logged = catch_unwind(AssertUnwindSafe(|| log(timeline, what)));
    assert!(logged.is_ok(), "{LOGGED_FROM_MAIN_PANICKED}");
}

#[test]
fn lines_logged_deep_inside_a_task_carry_its_name() {
    paused(async || {
        let timeline = Timeline::start();

        let a = spawn_named("warehouse-a", lookup("apple", secs(2), timeline.clone()));
        let b = spawn_named("warehouse-b", lookup("bread", secs(1), timeline.clone()));
        log_from_main(&timeline, "both lookups spawned");
        a.await.expect("warehouse-a panicked");
        b.await.expect("warehouse-b panicked");
        log_from_main(&timeline, "done");

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
                |t| t.position("main: looking up apple").is_some(),
                NOT_INHERITED,
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

        timeline
            .expect(&[(secs(0), "main: ready")])
            .lesson("outside any named task, log writes \"main: <what>\".")
            .check();
    });
}
