//! Mistake: sleeping "long enough" for the task to start. It is a guess, and
//! it delays serving by the guessed time.

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
    tokio::time::sleep(Duration::from_millis(10)).await;
    timeline.log("server: serving");
    cache
}
