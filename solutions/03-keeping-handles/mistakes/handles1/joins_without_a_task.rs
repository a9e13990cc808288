//! Mistake: `tokio::join!` gets the timing right but starts no task: there
//! is no handle to keep, pass on or cancel.

use std::time::Duration;

use tasklings::Timeline;

pub async fn send_confirmation(timeline: Timeline) {
    timeline.log("mail: sending");
    tokio::time::sleep(Duration::from_secs(2)).await;
    timeline.log("mail: sent");
}

pub async fn pack_box(timeline: &Timeline) {
    tokio::time::sleep(Duration::from_secs(1)).await;
    timeline.log("box: packed");
}

pub async fn take_order(timeline: &Timeline) {
    tokio::join!(send_confirmation(timeline.clone()), pack_box(timeline));
    timeline.log("order: done");
}
