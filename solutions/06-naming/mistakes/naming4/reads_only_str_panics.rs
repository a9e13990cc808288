//! Mistake: only a `&str` payload is read. `panic!("literal")` gives one,
//! but `panic!("{name} service unavailable")` gives a `String`, whose text
//! is then lost.

use std::any::Any;
use std::future::Future;
use std::pin::Pin;

use tasklings::Timeline;
use tokio::task::JoinSet;

pub struct Worker {
    pub name: String,
    pub job: Pin<Box<dyn Future<Output = u32> + Send>>,
}

impl Worker {
    pub fn new(name: &str, job: impl Future<Output = u32> + Send + 'static) -> Worker {
        Worker {
            name: name.to_owned(),
            job: Box::pin(job),
        }
    }
}

pub fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast_ref::<&'static str>() {
        Some(text) => (*text).to_owned(),
        None => "a panic without a message".to_owned(),
    }
}

pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    let mut set = JoinSet::new();
    let mut names = std::collections::HashMap::new();
    for worker in workers {
        let task = set.spawn(worker.job);
        names.insert(task.id(), worker.name);
    }
    let mut report = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        let line = match result {
            Ok((id, answer)) => format!("'{}' returned {answer}", names[&id]),
            Err(error) => {
                let name = names[&error.id()].clone();
                format!(
                    "task '{name}' panicked: {}",
                    panic_message(error.into_panic())
                )
            }
        };
        timeline.log(format!("report: {line}"));
        report.push(line);
    }
    report
}
