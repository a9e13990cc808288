//! Mistake: a std::time::Instant converted with Instant::from_std is still
//! the wall clock.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::from_std(std::time::Instant::now());
    let output = work.await;
    (output, Instant::from_std(std::time::Instant::now()) - start)
}
