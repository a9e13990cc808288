//! Variant of cancel2: `timeout_at` with a deadline read at the first poll,
//! and an `if let` for the answer in time.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    let deadline = tokio::time::Instant::now() + limit;
    if let Ok(result) = tokio::time::timeout_at(deadline, &mut task).await {
        return Some(result.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic())));
    }
    task.abort();
    let _ = (&mut task).await;
    None
}
