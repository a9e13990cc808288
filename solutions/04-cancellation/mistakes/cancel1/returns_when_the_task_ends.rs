//! Mistake: a `timeout` on the handle instead of a wait until closing: a
//! task that ends before closing makes close_at return then, early.

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
pub async fn close_at<T>(mut task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    let result = match tokio::time::timeout(closing, &mut task).await {
        Ok(result) => result,
        Err(_closing) => {
            task.abort();
            task.await
        }
    };
    match result {
        Ok(answer) => AtClosing::Finished(answer),
        Err(e) if e.is_cancelled() => AtClosing::Cancelled,
        // A panic is not ours to hide (concept 05): pass it on as it was.
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
