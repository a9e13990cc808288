//! Mistake: "started" is logged with the task's name, but by main, before
//! the task exists: a spawned task first runs when main reaches an .await.

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

    pub fn log(&self, what: &str) {
        self.timeline.log(format!("{}: {what}", self.name));
    }
}

pub async fn check_stock(log: &TaskLog) -> u32 {
    log.log("checking stock");
    tokio::time::sleep(Duration::from_secs(2)).await;
    log.log("15 in stock");
    15
}

pub async fn estimate_cost(log: &TaskLog) -> u32 {
    log.log("estimating");
    tokio::time::sleep(Duration::from_secs(1)).await;
    log.log("500 yen");
    500
}

pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    let log = TaskLog::new("inventory", timeline);
    log.log("started");
    let inventory = tokio::spawn(async move {
        let stock = check_stock(&log).await;
        log.log("finished");
        stock
    });
    let log = TaskLog::new("shipping", timeline);
    log.log("started");
    let shipping = tokio::spawn(async move {
        let cost = estimate_cost(&log).await;
        log.log("finished");
        cost
    });
    timeline.log("main: both spawned");
    (inventory.await.unwrap(), shipping.await.unwrap())
}
