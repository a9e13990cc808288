//! Variant: select! without biased between join_next_with_id and the deadline sleep, and a drain that reports each result for what it is: correct (phase 2 called it wrong).

use std::any::Any;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use tasklings::Timeline;
use tokio::task::{Id, JoinError, JoinSet};
use tokio::time::Instant;

/// How long an order may wait for its checks.
pub const DEADLINE: Duration = Duration::from_secs(3);

/// A product check: its name and the work that answers it.
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

/// What the order service answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// `(name, answer)` for each check that answered in time, in the order they answered.
    pub answers: Vec<(String, u32)>,
    /// One line per check that panicked or was cancelled, in the order they were found.
    pub problems: Vec<String>,
    /// What `price` computed.
    pub price: u32,
}

fn record(
    outcome: Result<(Id, u32), JoinError>,
    names: &HashMap<Id, String>,
    answers: &mut Vec<(String, u32)>,
    problems: &mut Vec<String>,
    timeline: &Timeline,
) {
    match outcome {
        Ok((id, n)) => {
            let name = names[&id].clone();
            timeline.log(format!("order: '{name}' answered {n}"));
            answers.push((name, n));
        }
        Err(e) if e.is_panic() => {
            let name = names[&e.id()].clone();
            let line = format!("task '{name}' panicked: {}", panic_text(e.into_panic()));
            timeline.log(format!("order: {line}"));
            problems.push(line);
        }
        Err(e) => {
            let name = names[&e.id()].clone();
            let line = format!("task '{name}' cancelled at the deadline");
            timeline.log(format!("order: {line}"));
            problems.push(line);
        }
    }
}

fn panic_text(payload: Box<dyn Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_owned()
    }
}

pub async fn serve_order(
    checks: Vec<Check>,
    price: impl FnOnce() -> u32 + Send + 'static,
    timeline: &Timeline,
) -> Report {
    let deadline = Instant::now() + DEADLINE;
    let mut set = JoinSet::new();
    let mut names: HashMap<Id, String> = HashMap::new();
    for check in checks {
        let id = set.spawn(check.run).id();
        names.insert(id, check.name);
    }
    let pricing = tokio::task::spawn_blocking(price);
    timeline.log("order: checks started");
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    let sleep = tokio::time::sleep_until(deadline);
    tokio::pin!(sleep);
    loop {
        tokio::select! {
            outcome = set.join_next_with_id() => match outcome {
                Some(outcome) => record(outcome, &names, &mut answers, &mut problems, timeline),
                None => break,
            },
            _ = &mut sleep => {
                set.abort_all();
                while let Some(outcome) = set.join_next_with_id().await {
                    record(outcome, &names, &mut answers, &mut problems, timeline);
                }
                break;
            }
        }
    }
    let price = pricing.await.expect("pricing panicked");
    timeline.log(format!("order: priced at {price}"));
    Report {
        answers,
        problems,
        price,
    }
}
