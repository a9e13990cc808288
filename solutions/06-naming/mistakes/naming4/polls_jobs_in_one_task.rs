//! Mistake: every job is polled at once inside supervise's own task, each
//! under catch_unwind: the report is right, but no worker is a task of its
//! own, as the doc asks.

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
    } else if let Ok(text) = payload.downcast::<String>() {
        *text
    } else {
        "a panic without a message".to_owned()
    }
}

/// Runs every worker at once; reports each by name as it ends.
pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    let mut jobs: Vec<_> = workers.into_iter().map(|w| (w.name, Some(w.job))).collect();
    let mut report = Vec::new();
    std::future::poll_fn(|cx| {
        for (name, slot) in &mut jobs {
            let Some(job) = slot.as_mut() else { continue };
            let polled =
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.as_mut().poll(cx)));
            let line = match polled {
                Ok(std::task::Poll::Pending) => continue,
                Ok(std::task::Poll::Ready(answer)) => format!("'{name}' returned {answer}"),
                Err(payload) => format!("task '{name}' panicked: {}", panic_message(payload)),
            };
            *slot = None;
            timeline.log(format!("report: {line}"));
            report.push(line);
        }
        if jobs.iter().all(|(_, slot)| slot.is_none()) {
            std::task::Poll::Ready(())
        } else {
            std::task::Poll::Pending
        }
    })
    .await;
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
