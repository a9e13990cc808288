//! Mistake: the elapsed time is cut to whole seconds.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let output = work.await;
    (output, Duration::from_secs(start.elapsed().as_secs()))
}
