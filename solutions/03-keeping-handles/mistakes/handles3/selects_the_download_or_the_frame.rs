//! Mistake: each turn waits for the next frame or the download, whichever comes
//! first: the done line comes when the download ends, off the frames.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

/// Draws a frame every `FRAME` until the download is done; returns the
/// download's size and how many frames were drawn.
pub async fn show_progress(mut download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut frames = interval(FRAME); // ticks at once, then every FRAME
    let mut n = 0;
    loop {
        n += 1;
        tokio::select! {
            result = &mut download => {
                let size = result.expect("the download panicked");
                timeline.log(format!("ui: frame {n}: done, {size} bytes"));
                return (size, n);
            }
            _ = frames.tick() => {}
        }
        timeline.log(format!("ui: frame {n}: downloading"));
    }
}
