//! # handles1: keep the handle until the work is done (*)
//!
//! `take_order` starts the confirmation e-mail (`send_confirmation`, given:
//! 2 s) as a task, packs the box itself meanwhile (`pack_box`, given: 1 s),
//! and returns only once the e-mail has gone out too: log `"order: done"`
//! then. The whole call takes 2 s: the e-mail is sent while the box is packed.
//!
//! Why: dropping a `JoinHandle` does not stop its task; it throws away your
//! only way to wait for it. Work that nobody waits for is lost when the
//! program ends: the runtime shuts down and drops every unfinished task
//! mid-way, silently (it waits only for `spawn_blocking` jobs). Here the program ends as soon as `take_order` returns,
//! just as a real `main` would.
//!
//! Python: "If you do not hold a reference to a created task, there is a
//! risk that the task will be deleted mid-execution": keep it in a variable
//! and `await` it. In tokio: keep the `JoinHandle` and `.await` it.
//!
//! Test: `cargo test --test handles1` (from `exercises/03-keeping-handles`).
//! Stuck: `cargo xtask hint handles1`.

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
    todo!("spawn send_confirmation, pack the box, await the e-mail's handle, log \"order: done\"")
}
