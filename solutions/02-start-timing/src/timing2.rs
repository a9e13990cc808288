//! Solution to timing2: all the work lives inside the async block.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
pub fn place_order(timeline: &Timeline) -> impl Future<Output = u32> + use<> {
    // Cloning the handle is not work the caller can see; logging would be.
    let timeline = timeline.clone();
    async move {
        timeline.log("order: start");
        tokio::time::sleep(ORDER_TAKES).await;
        timeline.log("order: end");
        42
    }
}
