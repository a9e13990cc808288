//! Variant: Spawns the e-mail, then join!s the packing with the e-mail's handle.

use std::time::Duration;

use tasklings::Timeline;

/// Sends the confirmation e-mail: logs `mail: sending`, takes 2 s, logs
/// `mail: sent`. Given; it owns its timeline, so it can be spawned as it is.
pub async fn send_confirmation(timeline: Timeline) {
    timeline.log("mail: sending");
    tokio::time::sleep(Duration::from_secs(2)).await;
    timeline.log("mail: sent");
}

/// Packs the box: takes 1 s, then logs `box: packed`. Given.
pub async fn pack_box(timeline: &Timeline) {
    tokio::time::sleep(Duration::from_secs(1)).await;
    timeline.log("box: packed");
}

/// Sends the e-mail in a task while packing the box; returns when both are done.
pub async fn take_order(timeline: &Timeline) {
    let mail = tokio::spawn(send_confirmation(timeline.clone()));
    let ((), sent) = tokio::join!(pack_box(timeline), mail);
    sent.expect("the e-mail task failed");
    timeline.log("order: done");
}
