//! Mistake: the first frame awaits the download's handle, so the screen
//! freezes until the download ends.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

pub const FRAME: Duration = Duration::from_millis(500);

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut n = 1;
    if !download.is_finished() {
        timeline.log("ui: frame 1: downloading");
        n += 1;
    }
    let size = download.await.unwrap();
    timeline.log(format!("ui: frame {n}: done, {size} bytes"));
    (size, n)
}
