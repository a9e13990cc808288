//! # cancel1: closing time (*)
//!
//! `close_at` gets a task's handle and the time until the shop closes. It
//! waits until closing time, then aborts the task, then awaits its handle
//! to learn what happened: `Finished(answer)` if the task ended before
//! closing, `Cancelled` if the abort stopped it. Either way `close_at`
//! returns at closing time. A task that crashed (panicked) is neither: pass
//! its panic on, unchanged, at closing time.
//!
//! Why: `abort()` only asks. It does nothing to a task that has already
//! finished; a task waiting at an `.await` is dropped right there, without
//! running again, and one that has not started never runs.
//! Only `handle.await` says which happened: `Ok(answer)`, or `Err(e)` with
//! `e.is_cancelled()`. A cancelled task has not failed: it did what you
//! asked, so that is an outcome to report, not an error to unwrap.
//!
//! Python: "you can later interrupt the process with `task.cancel()`";
//! then `await task` raises `CancelledError`, and `task.cancelled()` tells
//! a cancelled task from a finished one.
//!
//! Test: `cargo test --test cancel1` (from `exercises/04-cancellation`).
//! Stuck: `cargo xtask hint cancel1`.

use std::time::Duration;

use tokio::task::JoinHandle;

/// What became of a task at closing time.
#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    /// It had finished before closing, with this answer.
    Finished(T),
    /// It was still running at closing, and the abort stopped it.
    Cancelled,
}

/// Waits `closing`, aborts `task`, and reports whether it had finished or was cancelled.
pub async fn close_at<T>(task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    todo!("sleep until closing, abort the task, await its handle and tell the two outcomes apart")
}
