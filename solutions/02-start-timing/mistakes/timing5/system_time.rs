//! Mistake: SystemTime reads the wall clock, which hardly moves while the
//! paused runtime jumps ahead.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let start = std::time::SystemTime::now();
    let output = work.await;
    (output, start.elapsed().unwrap_or_default())
}
