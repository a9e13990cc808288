//! Mistake: both requests start at once, without giving the primary its
//! 500 ms: the backup is asked every time, even when the primary is fast.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    let mut primary = tokio::spawn(primary);
    timeline.log("hedge: asking the backup");
    let mut backup = tokio::spawn(backup);
    let (answer, loser) = tokio::select! {
        answer = &mut primary => (answer, backup),
        answer = &mut backup => (answer, primary),
    };
    loser.abort();
    let _ = loser.await;
    answer.unwrap()
}
