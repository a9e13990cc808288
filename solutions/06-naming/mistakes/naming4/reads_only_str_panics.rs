//! Mistake: only a `&str` payload is read. `panic!("literal")` gives one,
//! but `panic!("{name} service unavailable")` gives a `String`, whose text
//! is then lost.

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
        (*text).to_owned()
    } else {
        "a panic without a message".to_owned()
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

    let mut report = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        // On success the id comes with the output; on failure, in the error.
        let line = match result {
            Ok((id, answer)) => format!("'{}' returned {answer}", names[&id]),
            Err(error) => describe(&names, error),
        };
        timeline.log(format!("report: {line}"));
        report.push(line);
    }
    report
}

fn describe(names: &HashMap<Id, String>, error: JoinError) -> String {
    let name = &names[&error.id()];
    if error.is_panic() {
        format!(
            "task '{name}' panicked: {}",
            panic_message(error.into_panic())
        )
    } else {
        format!("task '{name}' was cancelled")
    }
}
