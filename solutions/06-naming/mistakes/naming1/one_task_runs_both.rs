//! Mistake: one spawned task runs both checks with join!, each under its own
//! name: the lines read right, but inventory and shipping are not tasks of
//! their own.

use std::time::Duration;

use tasklings::Timeline;

/// What a task needs to log under its name: the name and the timeline.
/// Clone it into the task (it owns both, so it can move there).
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

/// Runs both checks as named tasks; returns (stock, shipping cost).
pub async fn check_named(timeline: &Timeline) -> (u32, u32) {
    // Each task owns its TaskLog: its name goes wherever the task goes.
    let inventory = {
        let log = TaskLog::new("inventory", timeline);
        async move {
            log.log("started");
            let stock = check_stock(&log).await;
            log.log("finished");
            stock
        }
    };
    let shipping = {
        let log = TaskLog::new("shipping", timeline);
        async move {
            log.log("started");
            let cost = estimate_cost(&log).await;
            log.log("finished");
            cost
        }
    };
    let both = tokio::spawn(async move { tokio::join!(inventory, shipping) });
    timeline.log("main: both spawned");

    let (stock, cost) = both.await.expect("the task panicked");
    (stock, cost)
}
