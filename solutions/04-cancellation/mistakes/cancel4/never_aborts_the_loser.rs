//! Mistake: the first answer is returned and the other request is left to
//! run on: every hedge doubles the load.

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
        answer = &mut primary => answer.unwrap(),
        answer = &mut backup => answer.unwrap(),
    }
}
