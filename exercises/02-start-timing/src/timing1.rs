//! # timing1: predict when a spawned task starts (*)
//!
//! Read `program` below (do not change it). It logs four events. Write them
//! in `predicted_order`, in the order you think they happen, then run the
//! test to see if you were right.
//!
//! Why: `tokio::spawn` does not run the task; it queues it. On a
//! single-threaded runtime (like every test here) the task first runs when
//! the spawner reaches an `.await` that has to wait. Knowing this tells you
//! what is and is not running at each line.
//!
//! Python: "Calling create_task does not immediately hand over control to the
//! task. The task starts the moment control returns to the event loop."
//!
//! Test: `cargo test --test timing1` (from `exercises/02-start-timing`).
//! Stuck: `cargo xtask hint timing1`.

use tasklings::Timeline;

/// The program whose events you predict. Do not change it.
pub async fn program(timeline: &Timeline) {
    timeline.log("main: before spawn");
    let task = tokio::spawn({
        let timeline = timeline.clone();
        async move { timeline.log("task: running") }
    });
    timeline.log("main: after spawn");
    task.await.expect("the task panicked");
    timeline.log("main: after await");
}

/// The four events of `program`, in the order they happen.
pub fn predicted_order() -> [&'static str; 4] {
    todo!("put the four events of `program` in the order they happen")
}
