//! Mistake: the handle is awaited right after the spawn, so the box is
//! packed only once the e-mail is out: 3 s instead of 2.

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
    let mail = tokio::spawn(send_confirmation(timeline.clone()));
    mail.await.unwrap();
    pack_box(timeline).await;
    timeline.log("order: done");
}
