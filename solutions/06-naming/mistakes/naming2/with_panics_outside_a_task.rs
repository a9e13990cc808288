//! Mistake: `TASK_NAME.with` instead of `try_with`. Inside a named task it
//! works; in main, where no scope set the name, it panics.

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
    // try_with, not with: outside a scope, `with` panics.
    let name = TASK_NAME.with(String::clone);
    timeline.log(format!("{name}: {what}"));
}

/// Spawns `future` as a task in which `TASK_NAME` is `name`.
pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    // The scope wraps the future that becomes the task, so it is set in
    // every poll of that task, on whatever thread, and in nothing else.
    tokio::spawn(TASK_NAME.scope(name.to_owned(), future))
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
