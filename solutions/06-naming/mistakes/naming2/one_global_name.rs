//! Mistake: one global name, set when a task starts: every task reads the name
//! of whichever task started last, and main reads it too.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

static CURRENT_NAME: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

tokio::task_local! {
    /// The name of the running task, set by `spawn_named`.
    pub static TASK_NAME: String;
}

/// Logs `"<task name>: <what>"`, or `"main: <what>"` outside any named task.
pub fn log(timeline: &Timeline, what: &str) {
    // try_with, not with: outside a scope, `with` panics.
    let name = CURRENT_NAME
        .lock()
        .unwrap()
        .clone()
        .unwrap_or_else(|| "main".to_owned());
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
    let name = name.to_owned();
    tokio::spawn(async move {
        *CURRENT_NAME.lock().unwrap() = Some(name);
        future.await
    })
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
