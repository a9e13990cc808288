//! Mistake: main writes each task's "finished" line when it gets the task's
//! result. The line names the task, but main wrote it, and only when it got
//! round to awaiting: shipping's says 2 s though shipping ended at 1 s.

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
    let inventory_log = TaskLog::new("inventory", timeline);
    let inventory = tokio::spawn({
        let log = inventory_log.clone();
        async move {
            log.log("started");
            check_stock(&log).await
        }
    });
    let shipping_log = TaskLog::new("shipping", timeline);
    let shipping = tokio::spawn({
        let log = shipping_log.clone();
        async move {
            log.log("started");
            estimate_cost(&log).await
        }
    });
    timeline.log("main: both spawned");

    let stock = inventory.await.unwrap();
    inventory_log.log("finished");
    let cost = shipping.await.unwrap();
    shipping_log.log("finished");
    (stock, cost)
}
