//! Mistake: "order: done" is logged before the e-mail's handle is awaited: the
//! order is claimed done too early.

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
    pack_box(timeline).await;
    // The handle is the only way to know the e-mail is out: wait for it
    // before the program (and with it the runtime) ends.
    timeline.log("order: done");
    mail.await.expect("the e-mail task panicked");
}
