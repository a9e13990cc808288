//! Variant: interval_at from now, with a helper that draws one frame and says whether it was the last.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

async fn draw(download: &mut Option<JoinHandle<u64>>, n: u32, timeline: &Timeline) -> Option<u64> {
    if download.as_ref().is_some_and(|d| d.is_finished()) {
        let size = download.take().unwrap().await.unwrap();
        timeline.log(format!("ui: frame {n}: done, {size} bytes"));
        Some(size)
    } else {
        timeline.log(format!("ui: frame {n}: downloading"));
        None
    }
}

pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    let mut frames = tokio::time::interval_at(tokio::time::Instant::now(), FRAME);
    let mut download = Some(download);
    let mut n = 0;
    loop {
        frames.tick().await;
        n += 1;
        if let Some(size) = draw(&mut download, n, timeline).await {
            return (size, n);
        }
    }
}
