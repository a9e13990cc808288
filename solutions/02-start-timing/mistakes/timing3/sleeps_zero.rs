//! Mistake: Python's `await asyncio.sleep(0)` word for word. A zero sleep
//! is already over when first polled: it returns at once, no task gets a turn.

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
    // One turn of the runtime: the queued task runs up to its first sleep.
    tokio::time::sleep(Duration::ZERO).await;
    timeline.log("server: serving");
    cache
}
