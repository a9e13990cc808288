//! Variant: Keeps (id, name) pairs in a Vec and builds each line in a helper function.

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
    payload
        .downcast_ref::<&'static str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

fn describe(name: &str, result: Result<u32, JoinError>) -> String {
    match result {
        Ok(n) => format!("'{name}' returned {n}"),
        Err(error) => format!(
            "task '{name}' panicked: {}",
            panic_message(error.into_panic())
        ),
    }
}

/// Runs every worker at once; reports each by name as it ends.
pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    let mut set = JoinSet::new();
    let mut names: Vec<(Id, String)> = Vec::new();
    for Worker { name, job } in workers {
        names.push((set.spawn(job).id(), name));
    }
    let mut lines = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        let id = match &result {
            Ok((id, _)) => *id,
            Err(error) => error.id(),
        };
        let at = names.iter().position(|(known, _)| *known == id).unwrap();
        let (_, name) = names.remove(at);
        let line = describe(&name, result.map(|(_, n)| n));
        timeline.log(format!("report: {line}"));
        lines.push(line);
    }
    lines
}
