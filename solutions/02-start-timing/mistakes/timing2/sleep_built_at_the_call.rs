//! Mistake: the Sleep is built when place_order is called, so its 2 s
//! count from the call, not from the first poll.

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
    let wait = tokio::time::sleep(ORDER_TAKES);
    async move {
        timeline.log("order: start");
        wait.await;
        timeline.log("order: end");
        42
    }
}
