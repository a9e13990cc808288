//! # cancel2: a time limit that really stops the task (**)
//!
//! `wait_at_most` waits at most `limit` for a task's answer. If the answer
//! comes in time, return `Some(answer)` at once. If not, stop the task and
//! return `None` at exactly `limit`, once the task is really gone. A task
//! that crashes (panics) in time has not run out of time: pass its panic
//! on, unchanged, the moment it comes.
//!
//! Why: `tokio::time::timeout(limit, future)` gives up by dropping
//! `future`. Dropping a plain future cancels its work, but the future here
//! is a `JoinHandle`, and dropping a handle only detaches its task: the
//! request runs on, using a connection and a warehouse's time, with nobody
//! waiting for it. Give `timeout` a `&mut` to the handle, so that you keep
//! it, then abort the task and await the handle.
//!
//! Python: the article's `task.cancel()` is what a time limit must end
//! with. `asyncio.wait_for(task, timeout)` does cancel the task when time
//! is up; tokio's `timeout` around a task's handle does not.
//!
//! Test: `cargo test --test cancel2` (from `exercises/04-cancellation`).
//! Stuck: `cargo xtask hint cancel2`.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The task's answer if it comes within `limit`; otherwise the task is
/// stopped, and the answer is `None`.
pub async fn wait_at_most<T>(task: JoinHandle<T>, limit: Duration) -> Option<T> {
    todo!("timeout(limit, &mut task); in time: Some(answer); too late: abort, await, None")
}
