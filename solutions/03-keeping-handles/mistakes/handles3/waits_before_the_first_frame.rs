//! Mistake: each turn of the loop sleeps a frame first, so the first frame
//! comes after 500 ms instead of at once.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

pub const FRAME: Duration = Duration::from_millis(500);

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut n = 0;
    loop {
        tokio::time::sleep(FRAME).await;
        n += 1;
        if download.is_finished() {
            let size = download.await.unwrap();
            timeline.log(format!("ui: frame {n}: done, {size} bytes"));
            return (size, n);
        }
        timeline.log(format!("ui: frame {n}: downloading"));
    }
}
