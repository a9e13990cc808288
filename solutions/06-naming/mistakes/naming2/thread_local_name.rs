//! Mistake: a thread-local holds "the current name", set when each task
//! starts. Every task here runs on the same thread, so it holds the name of
//! whichever task set it last.

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;

tokio::task_local! {
    pub static TASK_NAME: String;
}

thread_local! {
    static CURRENT_NAME: RefCell<Option<String>> = const { RefCell::new(None) };
}

pub fn log(timeline: &Timeline, what: &str) {
    let name = CURRENT_NAME
        .with(|n| n.borrow().clone())
        .unwrap_or_else(|| "main".to_owned());
    timeline.log(format!("{name}: {what}"));
}

pub fn spawn_named<F>(name: &str, future: F) -> JoinHandle<F::Output>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let name = name.to_owned();
    tokio::spawn(async move {
        CURRENT_NAME.with(|n| *n.borrow_mut() = Some(name));
        let output = future.await;
        CURRENT_NAME.with(|n| *n.borrow_mut() = None);
        output
    })
}

pub async fn lookup(product: &'static str, latency: Duration, timeline: Timeline) -> u32 {
    log(&timeline, &format!("looking up {product}"));
    tokio::time::sleep(latency).await;
    log(&timeline, &format!("{product} found"));
    product.len() as u32
}
