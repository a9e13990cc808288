//! Mistake: spawning the order when place_order is called: the work runs
//! on the runtime's schedule, polled or not.

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
    let order = tokio::spawn(async move {
        timeline.log("order: start");
        tokio::time::sleep(ORDER_TAKES).await;
        timeline.log("order: end");
        42
    });
    async move { order.await.expect("the order panicked") }
}
