//! Variant: panic_message tries String first (by value), then &str; supervise uses try_into_panic.

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

use tasklings::Timeline;
use tokio::task::{Id, JoinError, JoinSet};

/// A worker: its name and its job, which answers a number or panics.
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

/// The text of a panic's payload.
pub fn panic_message(payload: Box<dyn Any + Send>) -> String {
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(payload) => match payload.downcast::<&'static str>() {
            Ok(text) => (*text).to_string(),
            Err(_) => String::from("a panic without a message"),
        },
    }
}

/// Runs every worker at once; reports each by name as it ends.
pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    let mut set = JoinSet::new();
    let mut names: HashMap<Id, String> = HashMap::new();
    for worker in workers {
        let task = set.spawn(worker.job);
        names.insert(task.id(), worker.name);
    }
    let mut lines = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        let line = match result {
            Ok((id, n)) => format!("'{}' returned {n}", names[&id]),
            Err(error) => {
                let id = error.id();
                let message = match error.try_into_panic() {
                    Ok(payload) => panic_message(payload),
                    Err(error) => error.to_string(),
                };
                format!("task '{}' panicked: {message}", names[&id])
            }
        };
        timeline.log(format!("report: {line}"));
        lines.push(line);
    }
    lines
}
