//! Mistake: `timeout` around the handle gives up waiting at the limit, but
//! dropping a handle does not stop its task: the request runs on.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

pub async fn wait_at_most<T>(task: JoinHandle<T>, limit: Duration) -> Option<T> {
    match timeout(limit, task).await {
        Ok(answer) => Some(answer.unwrap()),
        Err(_elapsed) => None,
    }
}
