//! Mistake: a task that crashed is reported with a panic of wait_at_most's
//! own, which wraps the task's message instead of passing its panic on.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The task's answer if it comes within `limit`; otherwise the task is
/// stopped, and the answer is `None`.
pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    // Borrowing the handle: when time is up, timeout drops the borrow, not the handle.
    match timeout(limit, &mut task).await {
        Ok(Ok(answer)) => Some(answer),
        Ok(Err(e)) => panic!("the task failed: {e}"),
        Err(_elapsed) => {
            task.abort();
            // Returns once the task is gone: its cleanup has run.
            let _ = task.await;
            None
        }
    }
}
