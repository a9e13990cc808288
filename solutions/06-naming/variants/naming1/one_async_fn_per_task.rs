//! Variant: One async fn per task that owns its TaskLog; check_named spawns both and awaits shipping first.

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

async fn inventory_task(log: TaskLog) -> u32 {
    log.log("started");
    let stock = check_stock(&log).await;
    log.log("finished");
    stock
}

async fn shipping_task(log: TaskLog) -> u32 {
    log.log("started");
    let cost = estimate_cost(&log).await;
    log.log("finished");
    cost
}

pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    let inventory = tokio::spawn(inventory_task(TaskLog::new("inventory", timeline)));
    let shipping = tokio::spawn(shipping_task(TaskLog::new("shipping", timeline)));
    timeline.log("main: both spawned");
    let cost = shipping.await.expect("the shipping task failed");
    let stock = inventory.await.expect("the inventory task failed");
    (stock, cost)
}
