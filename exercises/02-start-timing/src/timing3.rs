//! # timing3: let the new task start with `yield_now` (**)
//!
//! `start_server` spawns `warm_cache` (given: it logs `"cache: warming"`,
//! works 1 s, logs `"cache: warm"`), then logs `"server: serving"` and
//! returns the cache task's handle. The cache must have *started* before
//! the server serves, but the server must not wait for it to *finish*:
//! serving happens at 0 s, the cache is warm at 1 s.
//!
//! Why: a spawned task is only queued. `tokio::task::yield_now().await`
//! hands control back to the runtime: on a current-thread runtime (the one
//! these tests use), a task already queued, such as one just spawned, runs
//! up to its first real wait before the spawner goes on. tokio promises no
//! more order than that. Awaiting the handle would instead wait for the
//! whole task.
//!
//! Python: `await asyncio.sleep(0)` right after `create_task`. In tokio that
//! is `yield_now`, not `sleep(Duration::ZERO)`: on the paused clock a zero
//! sleep is ready at once and gives no turn.
//!
//! Test: `cargo test --test timing3` (from `exercises/02-start-timing`).
//! Stuck: `cargo xtask hint timing3`.

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
    todo!("spawn warm_cache, let it start, log \"server: serving\", return the handle")
}
