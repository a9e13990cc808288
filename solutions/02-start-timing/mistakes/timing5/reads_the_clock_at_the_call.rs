//! Mistake: timed reads the clock when it is called, before its async
//! block, so the time before the first poll is counted too.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub fn timed<T>(work: impl Future<Output = T>) -> impl Future<Output = (T, Duration)> {
    let start = Instant::now();
    async move {
        let output = work.await;
        (output, start.elapsed())
    }
}
