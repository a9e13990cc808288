//! Mistake: the names are kept in a global map from task id to name, and
//! TASK_NAME is never set: the lines print right, but no function in the task
//! can read its name from the task-local the doc asks for.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

static NAMES: std::sync::Mutex<Vec<(tokio::task::Id, String)>> = std::sync::Mutex::new(Vec::new());

tokio::task_local! {
    /// The name of the running task, set by `spawn_named`.
    pub static TASK_NAME: String;
}

/// Logs `"<task name>: <what>"`, or `"main: <what>"` outside any named task.
pub fn log(timeline: &Timeline, what: &str) {
    // try_with, not with: outside a scope, `with` panics.
    let names = NAMES.lock().unwrap();
    let name = tokio::task::try_id()
        .and_then(|id| names.iter().find(|(known, _)| *known == id))
        .map_or_else(|| "main".to_owned(), |(_, name)| name.clone());
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
    let handle = tokio::spawn(future);
    NAMES.lock().unwrap().push((handle.id(), name.to_owned()));
    handle
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
