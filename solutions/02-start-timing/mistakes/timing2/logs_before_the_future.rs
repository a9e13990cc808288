//! Mistake: starting the work in the function body, before the async block,
//! so it runs at the call, polled or not.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

pub const ORDER_TAKES: Duration = Duration::from_secs(2);

pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    timeline.log("order: start");
    async move {
        tokio::time::sleep(ORDER_TAKES).await;
        timeline.log("order: end");
        42
    }
}
