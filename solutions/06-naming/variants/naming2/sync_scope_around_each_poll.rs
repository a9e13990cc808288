//! Variant: A hand-written future that sets TASK_NAME with sync_scope around every poll of the inner future.

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
    let name = TASK_NAME
        .try_with(String::clone)
        .unwrap_or_else(|_| "main".to_owned());
    timeline.log(format!("{name}: {what}"));
}

/// Spawns `future` as a task in which `TASK_NAME` is `name`.
pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let name = name.to_owned();
    let mut future = Box::pin(future);
    tokio::spawn(std::future::poll_fn(move |cx| {
        TASK_NAME.sync_scope(name.clone(), || future.as_mut().poll(cx))
    }))
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
