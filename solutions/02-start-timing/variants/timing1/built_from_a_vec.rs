//! Variant of timing1: the order built up in a Vec, then turned into an array.

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
    let mut order = vec!["main: before spawn", "main: after spawn"];
    // The task runs while main awaits its handle.
    order.push("task: running");
    order.push("main: after await");
    order.try_into().expect("four events")
}
