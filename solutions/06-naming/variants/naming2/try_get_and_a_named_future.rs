//! Variant: Reads the name with TASK_NAME.try_get() and builds the scoped future in a let before spawning it.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

tokio::task_local! {
    /// The name of the running task, set by `spawn_named`.
    pub static TASK_NAME: String;
}

/// Logs `"<task name>: <what>"`, or `"main: <what>"` outside any named task.
pub fn log(timeline: &Timeline, what: &str) {
    let name = TASK_NAME.try_get().unwrap_or(String::from("main"));
    timeline.log(format!("{name}: {what}"));
}

/// Spawns `future` as a task in which `TASK_NAME` is `name`.
pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let named = TASK_NAME.scope(String::from(name), future);
    tokio::spawn(named)
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
