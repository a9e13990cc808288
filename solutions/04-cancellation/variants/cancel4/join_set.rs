//! Variant of cancel4: a `JoinSet`; `timeout` on `join_next` for the hedge,
//! then `join_next` again, and `shutdown` to stop and wait for the loser.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::time::sleep;

pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    let mut requests = tokio::task::JoinSet::new();
    requests.spawn(primary);
    let first = match tokio::time::timeout(HEDGE_AFTER, requests.join_next()).await {
        Ok(first) => first,
        Err(_) => {
            timeline.log("hedge: asking the backup");
            requests.spawn(backup);
            requests.join_next().await
        }
    };
    requests.shutdown().await;
    match first.expect("a request was spawned") {
        Ok(answer) => answer,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
