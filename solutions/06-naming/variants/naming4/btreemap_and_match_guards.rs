//! Variant: Each task awaits its job inside an async move block; a BTreeMap from id to name, removed as results come, and is_panic guards.

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
    if let Some(text) = payload.downcast_ref::<&'static str>() {
        return (*text).to_owned();
    }
    match payload.downcast::<String>() {
        Ok(text) => *text,
        Err(_) => "a panic without a message".to_owned(),
    }
}

/// Runs every worker at once; reports each by name as it ends.
pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    let mut set = JoinSet::new();
    let mut names = std::collections::BTreeMap::new();
    for worker in workers {
        let handle = set.spawn(async move { worker.job.await });
        names.insert(handle.id(), worker.name);
    }
    let mut lines = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        let line = match result {
            Ok((id, n)) => {
                let name = names.remove(&id).unwrap();
                format!("'{name}' returned {n}")
            }
            Err(error) if error.is_panic() => {
                let name = names.remove(&error.id()).unwrap();
                format!(
                    "task '{name}' panicked: {}",
                    panic_message(error.into_panic())
                )
            }
            Err(error) => format!("task {} was cancelled", error.id()),
        };
        timeline.log(format!("report: {line}"));
        lines.push(line);
    }
    lines
}
