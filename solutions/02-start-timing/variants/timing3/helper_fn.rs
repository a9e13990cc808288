//! Variant of timing3: the turn for the queued tasks in a helper of its own.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

/// Warms the cache: logs `cache: warming`, works 1 s, logs `cache: warm`. Given.
pub async fn warm_cache(timeline: Timeline) {
    timeline.log("cache: warming");
    tokio::time::sleep(Duration::from_secs(1)).await;
    timeline.log("cache: warm");
}

/// One turn of the runtime: queued tasks run up to their first wait.
async fn let_queued_tasks_start() {
    tokio::task::yield_now().await;
}

/// Starts the cache warmer, lets it start, serves, and returns its handle.
pub async fn start_server(timeline: &Timeline) -> JoinHandle<()> {
    let cache = tokio::spawn(warm_cache(timeline.clone()));
    let_queued_tasks_start().await;
    timeline.log("server: serving");
    cache
}
