//! Mistake: an `AbortHandle` is kept and the `JoinHandle` itself is given to
//! `timeout`: at the limit the task is aborted, but nothing is left to
//! await, so wait_at_most returns before the task is gone.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The task's answer if it comes within `limit`; otherwise the task is
/// stopped, and the answer is `None`.
pub async fn wait_at_most<T>(task: JoinHandle<T>, limit: Duration) -> Option<T> {
    let stopper = task.abort_handle();
    match timeout(limit, task).await {
        Ok(Ok(answer)) => Some(answer),
        Ok(Err(e)) => std::panic::resume_unwind(e.into_panic()),
        Err(_elapsed) => {
            stopper.abort();
            None
        }
    }
}
