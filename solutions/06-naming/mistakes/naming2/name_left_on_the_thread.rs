//! Mistake: a thread-local name is set before every poll of the task, but
//! never reset after it: whatever runs next on the thread (main, an unnamed
//! task) still sees the last task's name.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

thread_local! {
    static CURRENT_NAME: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

tokio::task_local! {
    /// The name of the running task, set by `spawn_named`.
    pub static TASK_NAME: String;
}

/// Logs `"<task name>: <what>"`, or `"main: <what>"` outside any named task.
pub fn log(timeline: &Timeline, what: &str) {
    // try_with, not with: outside a scope, `with` panics.
    let name = CURRENT_NAME
        .with(|n| n.borrow().clone())
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
    let mut future = Box::pin(future);
    tokio::spawn(std::future::poll_fn(move |cx| {
        CURRENT_NAME.with(|n| *n.borrow_mut() = Some(name.clone()));
        future.as_mut().poll(cx)
    }))
}

/// Looks `product` up in a warehouse that takes `latency`. Given; do not change it.
pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
