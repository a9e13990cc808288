//! Mistake: believing the task runs the moment it is spawned.

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
    // (wrong) the task runs at the spawn.
    [
        "main: before spawn",
        "task: running",
        "main: after spawn",
        "main: after await",
    ]
}
