//! Mistake: each frame logs "downloading" before it asks, so the last frame logs
//! both lines.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

/// Draws a frame every `FRAME` until the download is done; returns the
/// download's size and how many frames were drawn.
pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut frames = interval(FRAME); // ticks at once, then every FRAME
    let mut n = 0;
    loop {
        frames.tick().await;
        n += 1;
        timeline.log(format!("ui: frame {n}: downloading"));
        if download.is_finished() {
            // Finished: this await does not wait.
            let size = download.await.expect("the download panicked");
            timeline.log(format!("ui: frame {n}: done, {size} bytes"));
            return (size, n);
        }
    }
}
