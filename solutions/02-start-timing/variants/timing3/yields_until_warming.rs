//! Variant of timing3: yields until the cache task has logged that it is
//! warming.

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
    let cache = tokio::spawn(warm_cache(timeline.clone()));
    while !timeline.events().contains("cache: warming") {
        tokio::task::yield_now().await;
    }
    timeline.log("server: serving");
    cache
}
