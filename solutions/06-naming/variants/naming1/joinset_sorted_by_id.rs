//! Variant: Spawns both into a JoinSet, remembers which id is inventory, and sorts the answers out by id.

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

pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    let mut set = tokio::task::JoinSet::new();
    let inventory_log = TaskLog::new("inventory", timeline);
    let inventory_id = set
        .spawn(async move {
            inventory_log.log("started");
            let stock = check_stock(&inventory_log).await;
            inventory_log.log("finished");
            stock
        })
        .id();
    let shipping_log = TaskLog::new("shipping", timeline);
    set.spawn(async move {
        shipping_log.log("started");
        let cost = estimate_cost(&shipping_log).await;
        shipping_log.log("finished");
        cost
    });
    timeline.log("main: both spawned");
    let (mut stock, mut cost) = (0, 0);
    while let Some(result) = set.join_next_with_id().await {
        let (id, answer) = result.unwrap();
        if id == inventory_id {
            stock = answer;
        } else {
            cost = answer;
        }
    }
    (stock, cost)
}
