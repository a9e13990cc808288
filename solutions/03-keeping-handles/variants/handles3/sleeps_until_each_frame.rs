//! Variant: Computes each frame's instant from the start and sleep_untils it.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let start = tokio::time::Instant::now();
    for n in 1u32.. {
        tokio::time::sleep_until(start + FRAME * (n - 1)).await;
        if download.is_finished() {
            let size = match download.await {
                Ok(size) => size,
                Err(error) => panic!("the download failed: {error}"),
            };
            timeline.log(format!("ui: frame {n}: done, {size} bytes"));
            return (size, n);
        }
        timeline.log(format!("ui: frame {n}: downloading"));
    }
    unreachable!("frames never run out")
}
