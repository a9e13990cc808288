//! Mistake: abort at the limit and return at once: the task is still there
//! when the caller goes on, and is stopped only later.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    match timeout(limit, &mut task).await {
        Ok(answer) => Some(answer.unwrap()),
        Err(_elapsed) => {
            task.abort();
            None
        }
    }
}
