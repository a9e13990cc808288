//! Mistake: the elapsed time is read before the work is awaited, when the
//! work has not even started.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let took = start.elapsed();
    (work.await, took)
}
