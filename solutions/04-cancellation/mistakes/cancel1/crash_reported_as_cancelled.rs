//! Mistake: every error from the handle is taken for the abort: a task that
//! crashed before closing is reported `Cancelled`, and its panic is lost.

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
    tokio::time::sleep(closing).await;
    // Harmless if the task has already finished.
    task.abort();
    match task.await {
        Ok(answer) => AtClosing::Finished(answer),
        Err(_) => AtClosing::Cancelled,
    }
}
