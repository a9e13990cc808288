//! Mistake: a task that crashed within the limit is taken for one that ran
//! out of time: `None`, and its panic is lost.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The task's answer if it comes within `limit`; otherwise the task is
/// stopped, and the answer is `None`.
pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    // Borrowing the handle: when time is up, timeout drops the borrow, not the handle.
    match timeout(limit, &mut task).await {
        Ok(Ok(answer)) => Some(answer),
        Ok(Err(_)) => None,
        Err(_elapsed) => {
            task.abort();
            // Returns once the task is gone: its cleanup has run.
            let _ = task.await;
            None
        }
    }
}
