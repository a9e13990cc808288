//! Variant of timing5: the work pinned first, the two instants subtracted.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    tokio::pin!(work);
    let start = Instant::now();
    let output = (&mut work).await;
    let end = Instant::now();
    (output, end.duration_since(start))
}
