//! # naming2: a name the whole task can see (**)
//!
//! `lookup` (given) logs through `log`, deep inside a task, without knowing
//! which task it runs in. Make the task's name reach it anyway:
//!
//! - `spawn_named(name, future)` spawns `future` as a task in which
//!   `TASK_NAME` is `name`;
//! - `log(timeline, what)` logs `"<name>: <what>"` with the name of the task
//!   that calls it, or `"main: <what>"` outside any named task.
//!
//! Why: passing a name down through every call (naming1) gets heavy in a
//! real program. A `tokio::task_local!` is a value that every function inside
//! a task can read, like a thread-local but one per *task*. Many tasks take
//! turns on one thread, so a thread-local would hold whichever name was set
//! last. A task-local is set with `.scope(value, future)` around the future
//! that should see it, and a spawned task does not inherit the spawner's.
//!
//! Python: `contextvars.ContextVar`, which each asyncio task copies, and
//! `asyncio.current_task().get_name()`.
//!
//! Test: `cargo test --test naming2` (from `exercises/06-naming`).
//! Stuck: `cargo xtask hint naming2`.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

tokio::task_local! {
    /// The name of the running task, set by `spawn_named`.
    pub static TASK_NAME: String;
}

/// Logs `"<task name>: <what>"`, or `"main: <what>"` outside any named task.
pub fn log(timeline: &Timeline, what: &str) {
    todo!("read TASK_NAME without panicking when it is not set (try_with), fall back to \"main\"")
}

/// Spawns `future` as a task in which `TASK_NAME` is `name`.
pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    todo!("spawn the future wrapped in TASK_NAME.scope(..)")
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
