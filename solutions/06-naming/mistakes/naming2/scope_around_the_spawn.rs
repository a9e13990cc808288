//! Mistake: the scope is set around the call to spawn, in main. The name is
//! set while main spawns, but the task runs later, outside that scope: a
//! spawned task does not inherit the spawner's task-locals.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

tokio::task_local! {
    pub static TASK_NAME: String;
}

pub fn log(timeline: &Timeline, what: &str) {
    let name = TASK_NAME
        .try_with(String::clone)
        .unwrap_or_else(|_| "main".to_owned());
    timeline.log(format!("{name}: {what}"));
}

pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    TASK_NAME.sync_scope(name.to_owned(), || tokio::spawn(future))
}

pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
