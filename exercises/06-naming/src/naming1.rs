//! # naming1: every line says which task wrote it (*)
//!
//! `check_named` runs two checks as tasks: `check_stock` in a task called
//! `"inventory"`, `estimate_cost` in one called `"shipping"`. Each task logs
//! `"<name>: started"`, runs its check with a `TaskLog` of its own name, and
//! logs `"<name>: finished"`. Between the spawns and the awaits, main logs
//! `"main: both spawned"`. Return both answers. First finish `TaskLog::log`,
//! which logs `"<name>: <what>"`.
//!
//! Why: when ten tasks log "start" and "end", nobody can read the log. A name
//! in every line says who wrote it. Stable tokio keeps no name for a task
//! (`tokio::task::Builder::name` needs `--cfg tokio_unstable` and the
//! `tracing` feature), so the name travels as a value moved into the task.
//! And a line that names a task must be written by that task, when it
//! happens: main only learns that shipping is done when it gets to await it.
//!
//! Python: `asyncio.create_task(check_stock(), name="inventory")`, and a log
//! format with `%(taskName)s` (Python 3.12) prints the name on every line.
//!
//! Test: `cargo test --test naming1` (from `exercises/06-naming`).
//! Stuck: `cargo xtask hint naming1`.

use std::time::Duration;

use tasklings::Timeline;

/// What a task needs to log under its name: the name and the timeline.
/// Clone it into the task (it owns both, so it can move there).
#[derive(Clone)]
pub struct TaskLog {
    name: String,
    timeline: Timeline,
}

impl TaskLog {
    pub fn new(name: &str, timeline: &Timeline) -> TaskLog {
        TaskLog {
            name: name.to_owned(),
            timeline: timeline.clone(),
        }
    }

    /// Logs `"<name>: <what>"`.
    pub fn log(&self, what: &str) {
        todo!("log the task's name, a colon and a space, then `what`")
    }
}

/// The stock check: 2 s. Given; do not change it.
pub async fn check_stock(log: &TaskLog) -> u32 {
    log.log("checking stock");
    tokio::time::sleep(Duration::from_secs(2)).await;
    log.log("15 in stock");
    15
}

/// The shipping estimate: 1 s. Given; do not change it.
pub async fn estimate_cost(log: &TaskLog) -> u32 {
    log.log("estimating");
    tokio::time::sleep(Duration::from_secs(1)).await;
    log.log("500 yen");
    500
}

/// Runs both checks as named tasks; returns (stock, shipping cost).
pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    todo!(
        "spawn an \"inventory\" and a \"shipping\" task that log their own started/finished lines"
    )
}
