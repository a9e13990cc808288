//! Mistake: a task that crashed is reported with a panic of close_at's own,
//! which wraps the task's message instead of passing its panic on.

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
        Err(e) if e.is_cancelled() => AtClosing::Cancelled,
        // A panic is not ours to hide (concept 05): pass it on as it was.
        Err(e) => panic!("the task failed: {e}"),
    }
}
