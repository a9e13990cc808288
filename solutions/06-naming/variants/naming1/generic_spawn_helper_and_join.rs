//! Variant: Spawns both with a generic helper, then awaits both handles together with tokio::join!.

use std::time::Duration;

use tasklings::Timeline;

#[derive(Clone)]
pub struct TaskLog {
    name: String,
    timeline: Timeline,
}

impl TaskLog {
    pub fn new(name: &str, timeline: &Timeline) -> TaskLog {
        TaskLog {
            name: name.to_owned(),
            timeline: timeline.clone(),
        }
    }

    /// Logs `"<name>: <what>"`.
    pub fn log(&self, what: &str) {
        self.timeline.log(format!("{}: {what}", self.name));
    }
}

/// The stock check: 2 s. Given; do not change it.
pub async fn check_stock(log: &TaskLog) -> u32 {
    log.log("checking stock");
    tokio::time::sleep(Duration::from_secs(2)).await;
    log.log("15 in stock");
    15
}

/// The shipping estimate: 1 s. Given; do not change it.
pub async fn estimate_cost(log: &TaskLog) -> u32 {
    log.log("estimating");
    tokio::time::sleep(Duration::from_secs(1)).await;
    log.log("500 yen");
    500
}

fn spawn_named<F, Fut>(name: &str, timeline: &Timeline, check: F) -> tokio::task::JoinHandle<u32>
where
    F: FnOnce(TaskLog) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = u32> + Send + 'static,
{
    let log = TaskLog::new(name, timeline);
    tokio::spawn(async move {
        log.log("started");
        let answer = check(log.clone()).await;
        log.log("finished");
        answer
    })
}

pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    let inventory = spawn_named("inventory", timeline, |log| async move {
        check_stock(&log).await
    });
    let shipping = spawn_named("shipping", timeline, |log| async move {
        estimate_cost(&log).await
    });
    timeline.log("main: both spawned");
    let (stock, cost) = tokio::join!(inventory, shipping);
    (stock.unwrap(), cost.unwrap())
}
