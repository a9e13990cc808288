//! Mistake: the deadline is read from the clock when place_order is
//! called, so the wait counts from the call, not from the first poll.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
// Written out on purpose: this block is what `async fn` stands for.
#[allow(clippy::manual_async_fn)]
pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    // Everything the caller must not see yet happens inside the block.
    let deadline = tokio::time::Instant::now() + ORDER_TAKES;
    async move {
        timeline.log("order: start");
        tokio::time::sleep_until(deadline).await;
        timeline.log("order: end");
        42
    }
}
