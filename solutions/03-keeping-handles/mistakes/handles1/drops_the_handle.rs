//! Mistake: fire and forget. The handle is dropped at once; the e-mail task
//! runs on, unwatched, and dies mid-way when the program ends.

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
    tokio::spawn(send_confirmation(timeline.clone()));
    pack_box(timeline).await;
    timeline.log("order: done");
}
