//! Mistake: dropping the given program's `task.await`, so the task is
//! detached and never runs before main ends.

use tasklings::Timeline;

/// The program whose events you predict. Do not change it.
pub async fn program(timeline: &Timeline) {
    timeline.log("main: before spawn");
    let task = tokio::spawn({
        let timeline = timeline.clone();
        async move { timeline.log("task: running") }
    });
    timeline.log("main: after spawn");
    drop(task);
    timeline.log("main: after await");
}

/// The four events of `program`, in the order they happen.
pub fn predicted_order() -> [&'static str; 4] {
    // spawn only queues the task; it first runs when main awaits the handle.
    [
        "main: before spawn",
        "main: after spawn",
        "main: after await",
        "task: running",
    ]
}
