//! Variant of timing2: an async fn, whose whole body is lazy.

use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
pub async fn place_order(timeline: Timeline) -> u32 {
    timeline.log("order: start");
    tokio::time::sleep(ORDER_TAKES).await;
    timeline.log("order: end");
    42
}
