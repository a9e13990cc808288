//! Mistake: `std::time::Instant` reads the wall clock, so under the paused
//! runtime a 2 s job measures a few microseconds.

use std::future::Future;
use std::time::{Duration, Instant};

pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let output = work.await;
    (output, start.elapsed())
}
