//! Mistake: a `timeout` on the primary, then the backup alone. The primary
//! is cancelled when the backup starts, so a primary that was nearly done
//! cannot win any more.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::time::timeout;

pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    let mut primary = tokio::spawn(primary);
    if let Ok(answer) = timeout(HEDGE_AFTER, &mut primary).await {
        return answer.unwrap();
    }
    primary.abort();
    let _ = primary.await;
    timeline.log("hedge: asking the backup");
    tokio::spawn(backup).await.unwrap()
}
