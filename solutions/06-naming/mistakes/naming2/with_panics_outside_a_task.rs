//! Mistake: `TASK_NAME.with` instead of `try_with`. Inside a named task it
//! works; in main, where no scope set the name, it panics.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

tokio::task_local! {
    pub static TASK_NAME: String;
}

pub fn log(timeline: &Timeline, what: &str) {
    let name = TASK_NAME.with(String::clone);
    timeline.log(format!("{name}: {what}"));
}

pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    tokio::spawn(TASK_NAME.scope(name.to_owned(), future))
}

pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
