//! Variant of timing2: the block awaits a helper that reads the deadline
//! when it first runs.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
// Written out on purpose: this block is what `async fn` stands for.
#[allow(clippy::manual_async_fn)]
pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    async move { take_order(timeline).await }
}

async fn take_order(timeline: Timeline) -> u32 {
    timeline.log("order: start");
    let deadline = tokio::time::Instant::now() + ORDER_TAKES;
    tokio::time::sleep_until(deadline).await;
    timeline.log("order: end");
    42
}
