//! Variant: Checks, logs, then sleeps a frame: a sleep loop instead of an interval.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut n = 1;
    while !download.is_finished() {
        timeline.log(format!("ui: frame {n}: downloading"));
        tokio::time::sleep(FRAME).await;
        n += 1;
    }
    let size = download.await.expect("the download failed");
    timeline.log(format!("ui: frame {n}: done, {size} bytes"));
    (size, n)
}
