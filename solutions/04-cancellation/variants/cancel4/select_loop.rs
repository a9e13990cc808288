//! Variant of cancel4: one `select!` in a loop, over the primary, the backup
//! (once asked, behind a precondition) and the pinned hedge timer.

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
    let hedge = sleep(HEDGE_AFTER);
    tokio::pin!(hedge);
    let mut backup_handle: Option<tokio::task::JoinHandle<T>> = None;
    let mut backup_future = Some(backup);
    loop {
        tokio::select! {
            result = &mut primary => {
                if let Some(b) = backup_handle.take() {
                    b.abort();
                    let _ = b.await;
                }
                return result.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
            }
            result = async { backup_handle.as_mut().unwrap().await }, if backup_handle.is_some() => {
                primary.abort();
                let _ = primary.await;
                return result.unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
            }
            () = &mut hedge, if backup_future.is_some() => {
                timeline.log("hedge: asking the backup");
                backup_handle = Some(tokio::spawn(backup_future.take().unwrap()));
            }
        }
    }
}
