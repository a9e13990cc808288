//! Mistake: start_server logs "cache: warming" itself and spawns only the
//! rest of the warm-up, rewriting the given warm_cache.

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
    timeline.log("cache: warming");
    let cache = tokio::spawn({
        let timeline = timeline.clone();
        async move {
            tokio::time::sleep(Duration::from_secs(1)).await;
            timeline.log("cache: warm");
        }
    });
    // One turn of the runtime: the queued task runs up to its first sleep.
    tokio::task::yield_now().await;
    timeline.log("server: serving");
    cache
}
