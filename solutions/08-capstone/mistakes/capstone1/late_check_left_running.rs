//! Mistake: each check reports through a channel, and at the deadline the
//! order stops waiting and writes off the late ones as cancelled. But they
//! were never aborted: loyalty goes on, detached, and ends at 5 s.

use std::any::Any;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::mpsc;
use tokio::time::Instant;

pub const DEADLINE: Duration = Duration::from_secs(3);

pub struct Check {
    pub name: String,
    pub run: Pin<Box<dyn Future<Output = u32> + Send>>,
}

impl Check {
    pub fn new(name: &str, run: impl Future<Output = u32> + Send + 'static) -> Check {
        Check {
            name: name.to_owned(),
            run: Box::pin(run),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub answers: Vec<(String, u32)>,
    pub problems: Vec<String>,
    pub price: u32,
}

pub async fn serve_order(
    checks: Vec<Check>,
    price: impl FnOnce() -> u32 + Send + 'static,
    timeline: &Timeline,
) -> Report {
    let deadline = Instant::now() + DEADLINE;
    let (done, mut results) = mpsc::unbounded_channel();
    let mut pending = BTreeMap::new();
    for (n, check) in checks.into_iter().enumerate() {
        let handle = tokio::spawn(check.run);
        pending.insert(n, check.name.clone());
        let done = done.clone();
        tokio::spawn(async move {
            let _ = done.send((n, check.name, handle.await));
        });
    }
    drop(done);
    let pricing = tokio::task::spawn_blocking(price);
    timeline.log("order: checks started");

    let mut answers = Vec::new();
    let mut problems = Vec::new();
    loop {
        match tokio::time::timeout_at(deadline, results.recv()).await {
            Ok(Some((n, name, result))) => {
                pending.remove(&n);
                let line = match result {
                    Ok(answer) => {
                        answers.push((name.clone(), answer));
                        format!("'{name}' answered {answer}")
                    }
                    Err(error) => {
                        let line = format!(
                            "task '{name}' panicked: {}",
                            panic_message(error.into_panic())
                        );
                        problems.push(line.clone());
                        line
                    }
                };
                timeline.log(format!("order: {line}"));
            }
            Ok(None) => break,
            Err(_elapsed) => {
                for name in pending.values() {
                    let line = format!("task '{name}' cancelled at the deadline");
                    timeline.log(format!("order: {line}"));
                    problems.push(line);
                }
                break;
            }
        }
    }

    let price = pricing.await.expect("the pricing panicked");
    timeline.log(format!("order: priced at {price}"));
    Report {
        answers,
        problems,
        price,
    }
}

fn panic_message(payload: Box<dyn Any + Send>) -> String {
    if let Some(text) = payload.downcast_ref::<&'static str>() {
        (*text).to_owned()
    } else if let Ok(text) = payload.downcast::<String>() {
        *text
    } else {
        "a panic without a message".to_owned()
    }
}
