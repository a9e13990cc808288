//! Mistake: warm_cache is awaited in start_server instead of spawned, and
//! an empty task's handle is returned.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

/// Warms the cache: logs `cache: warming`, works 1 s, logs `cache: warm`. Given.
pub async fn warm_cache(timeline: Timeline) {
    timeline.log("cache: warming");
    tokio::time::sleep(Duration::from_secs(1)).await;
    timeline.log("cache: warm");
}

/// Starts the cache warmer, lets it start, serves, and returns its handle.
pub async fn start_server(timeline: &Timeline) -> JoinHandle<()> {
    warm_cache(timeline.clone()).await;
    let cache = tokio::spawn(async {});
    // One turn of the runtime: the queued task runs up to its first sleep.
    tokio::task::yield_now().await;
    timeline.log("server: serving");
    cache
}
