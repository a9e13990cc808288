//! Mistake: at the limit the task is aborted and given one `yield_now`, and
//! `None` is returned without awaiting the handle. On an idle
//! current-thread runtime that one turn happens to be enough; on a busy
//! runtime the task is not gone yet when wait_at_most returns.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

/// The task's answer if it comes within `limit`; otherwise the task is
/// stopped, and the answer is `None`.
pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    // Borrowing the handle: when time is up, timeout drops the borrow, not the handle.
    match timeout(limit, &mut task).await {
        Ok(Ok(answer)) => Some(answer),
        Ok(Err(e)) => std::panic::resume_unwind(e.into_panic()),
        Err(_elapsed) => {
            task.abort();
            tokio::task::yield_now().await;
            None
        }
    }
}
