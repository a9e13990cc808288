//! Mistake: between frames the loop checks `is_finished()` over and over,
//! yielding in between instead of waiting for the next frame. It never lets
//! the paused clock move, so the download never finishes (the hang guard
//! stops the test); on a real clock it would burn a core.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

pub const FRAME: Duration = Duration::from_millis(500);

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut n = 1;
    if !download.is_finished() {
        timeline.log("ui: frame 1: downloading");
        while !download.is_finished() {
            tokio::task::yield_now().await;
        }
        n += 1;
    }
    let size = download.await.unwrap();
    timeline.log(format!("ui: frame {n}: done, {size} bytes"));
    (size, n)
}
