//! # timing2: a future does nothing until it is polled (*)
//!
//! Write `place_order` so that it returns a future which, once polled, logs
//! `"order: start"`, waits 2 s (`tokio::time::sleep`), logs `"order: end"`
//! and yields the order number 42. Calling `place_order` itself must do
//! nothing at all: no log, no waiting. Only polling the future does work,
//! so the 2 s count from the first poll, however long after the call it comes.
//!
//! Why: a Rust future is lazy. `place_order(&timeline)` only builds a value;
//! its code runs when something polls it: an `.await`, `tokio::spawn`, or a
//! test polling it by hand, as this exercise's tests do with tokio-test.
//! A future that is built and dropped never runs.
//!
//! Python: "a coroutine object does nothing until scheduled":
//! `c = place_order()` runs nothing until `await c` or `create_task(c)`.
//!
//! Test: `cargo test --test timing2` (from `exercises/02-start-timing`).
//! Stuck: `cargo xtask hint timing2`.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    async { todo!("log \"order: start\", sleep ORDER_TAKES, log \"order: end\", then 42") }
}
