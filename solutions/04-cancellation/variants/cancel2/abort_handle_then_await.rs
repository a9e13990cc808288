//! Variant of cancel2: an `AbortHandle` to stop the task and the `JoinHandle`
//! (by `&mut`) to wait for it; one match on how the task ended.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    let stopper = task.abort_handle();
    let first = timeout(limit, &mut task).await;
    let result = match first {
        Ok(result) => result,
        Err(_) => {
            stopper.abort();
            task.await
        }
    };
    match result {
        Ok(answer) => Some(answer),
        Err(e) if e.is_cancelled() => None,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
