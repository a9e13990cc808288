//! Mistake: std::thread::sleep blocks the thread for 2 s of real time and
//! never returns Pending, so the order finishes on its first poll while the
//! (paused) clock has not moved.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;

pub const ORDER_TAKES: Duration = Duration::from_secs(2);

pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    async move {
        timeline.log("order: start");
        std::thread::sleep(ORDER_TAKES);
        timeline.log("order: end");
        42
    }
}
