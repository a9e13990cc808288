//! Variant of timing3: the spawned task signals over a oneshot that it has
//! started; start_server waits for that signal.

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
    let (started, has_started) = tokio::sync::oneshot::channel();
    let cache = tokio::spawn({
        let timeline = timeline.clone();
        async move {
            let _ = started.send(());
            warm_cache(timeline).await
        }
    });
    // Waiting for the signal lets the task run up to its first sleep.
    has_started.await.expect("the cache task never started");
    timeline.log("server: serving");
    cache
}
