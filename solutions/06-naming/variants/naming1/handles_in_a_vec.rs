//! Variant: Both tasks are JoinHandle<u32> in a Vec, awaited in a for loop; log builds the line with push_str.

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
        let mut line = self.name.clone();
        line.push_str(": ");
        line.push_str(what);
        self.timeline.log(line);
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
    let mut handles = Vec::new();
    for name in ["inventory", "shipping"] {
        let log = TaskLog::new(name, timeline);
        handles.push(tokio::spawn(async move {
            log.log("started");
            let answer = if log.name == "inventory" {
                check_stock(&log).await
            } else {
                estimate_cost(&log).await
            };
            log.log("finished");
            answer
        }));
    }
    timeline.log("main: both spawned");
    let mut answers = Vec::new();
    for handle in handles {
        answers.push(handle.await.unwrap());
    }
    (answers[0], answers[1])
}
