//! Mistake: the loser is aborted but not awaited: `hedged` returns while
//! the loser is still there, and it is stopped only later.

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
    let mut primary = tokio::spawn(primary);
    tokio::select! {
        answer = &mut primary => return answer.unwrap(),
        _ = sleep(HEDGE_AFTER) => {}
    }
    timeline.log("hedge: asking the backup");
    let mut backup = tokio::spawn(backup);
    tokio::select! {
        answer = &mut primary => { backup.abort(); answer.unwrap() }
        answer = &mut backup => { primary.abort(); answer.unwrap() }
    }
}
