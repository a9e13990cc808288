//! Variant of cancel4: `timeout` on `&mut primary` for the hedge, a biased
//! race, and a helper that aborts and awaits the loser.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::time::sleep;

pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

use tokio::task::{JoinError, JoinHandle};

fn answer_of<T>(result: Result<T, JoinError>) -> T {
    result.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}

async fn stop<T>(loser: JoinHandle<T>) {
    loser.abort();
    let _ = loser.await;
}

pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    let mut primary = tokio::spawn(primary);
    if let Ok(result) = tokio::time::timeout(HEDGE_AFTER, &mut primary).await {
        return answer_of(result);
    }
    timeline.log("hedge: asking the backup");
    let mut backup = tokio::spawn(backup);
    tokio::select! {
        biased;
        result = &mut primary => {
            stop(backup).await;
            answer_of(result)
        }
        result = &mut backup => {
            stop(primary).await;
            answer_of(result)
        }
    }
}
