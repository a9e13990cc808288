//! Mistake: sleep the whole limit, then look: an answer that came early
//! waits until the limit anyway.

use std::time::Duration;

use tokio::task::JoinHandle;

pub async fn wait_at_most<T>(task: JoinHandle<T>, limit: Duration) -> Option<T> {
    tokio::time::sleep(limit).await;
    if task.is_finished() {
        Some(task.await.unwrap())
    } else {
        task.abort();
        let _ = task.await;
        None
    }
}
