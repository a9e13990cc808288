//! # timing5: measure on the runtime's clock (*)
//!
//! Write `timed`: it runs `work` to the end and returns its output together
//! with how long it took, measured with `tokio::time::Instant`.
//!
//! Why: the article prints the time before and after to show 2 s against
//! 3 s. In tokio, time is the runtime's: `tokio::time::Instant` and
//! `tokio::time::sleep` follow it, so tests can pause it and jump ahead
//! (every test here runs in milliseconds of real time). `std::time::Instant`
//! reads the machine's monotonic clock, which pausing does not stop: it
//! cannot see virtual time at all.
//!
//! Python: `time.strftime('%X')` before and after `await`; in asyncio the
//! loop's own clock is `loop.time()`.
//!
//! Test: `cargo test --test timing5` (from `exercises/02-start-timing`).
//! Stuck: `cargo xtask hint timing5`.

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;

/// Runs `work` to the end; returns its output and how long it took.
pub async fn timed<T>(work: impl Future<Output = T>) -> (T, Duration) {
    todo!("note the instant, await the work, return its output and the time elapsed")
}
