//! Variant of timing5: a plain fn returning an async block that reads the
//! clock inside, at its first poll.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub fn timed<T>(work: impl Future<Output = T>) -> impl Future<Output = (T, Duration)> {
    async move {
        let start = Instant::now();
        let output = work.await;
        (output, start.elapsed())
    }
}
