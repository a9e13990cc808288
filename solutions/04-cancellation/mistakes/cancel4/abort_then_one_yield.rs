//! Mistake: the loser is aborted and given one `yield_now`, and hedged
//! returns without awaiting it. On an idle current-thread runtime that one
//! turn happens to be enough; on a busy runtime the loser is still there.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinError;
use tokio::time::sleep;

/// How long the primary has before the backup is asked too.
pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

/// The first answer of `primary`, or of `backup` if the primary is slow;
/// the other request is stopped before this returns.
pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    let mut primary = tokio::spawn(primary);
    tokio::select! {
        answer = &mut primary => return answered(answer),
        _ = sleep(HEDGE_AFTER) => {}
    }

    timeline.log("hedge: asking the backup");
    // The backup future is lazy: it starts only now, when it is spawned.
    let mut backup = tokio::spawn(backup);
    let (answer, loser) = tokio::select! {
        answer = &mut primary => (answer, backup),
        answer = &mut backup => (answer, primary),
    };
    loser.abort();
    tokio::task::yield_now().await;
    answered(answer)
}

/// A request's answer, or its panic passed on unchanged (concept 05).
fn answered<T>(answer: Result<T, JoinError>) -> T {
    answer.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()))
}
