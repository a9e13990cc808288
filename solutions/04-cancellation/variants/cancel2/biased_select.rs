//! Variant of cancel2: a biased `select!` between the handle and the limit's
//! sleep, then abort and await.

use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::timeout;

pub async fn wait_at_most<T>(mut task: JoinHandle<T>, limit: Duration) -> Option<T> {
    let answer = tokio::select! {
        biased;
        result = &mut task => Some(result),
        () = tokio::time::sleep(limit) => None,
    };
    match answer {
        Some(Ok(answer)) => Some(answer),
        Some(Err(e)) => std::panic::resume_unwind(e.into_panic()),
        None => {
            task.abort();
            match task.await {
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                _ => None,
            }
        }
    }
}
