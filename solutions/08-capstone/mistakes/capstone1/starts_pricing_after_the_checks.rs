//! Mistake: the pricing is started only once the checks are done.

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

/// Serves one order: the checks at once, the pricing beside them, a deadline, a report.
pub async fn serve_order(
    checks: Vec<Check>,
    price: impl FnOnce() -> u32 + Send + 'static,
    timeline: &Timeline,
) -> Report {
    let deadline = Instant::now() + DEADLINE;

    // 1. Everything starts; nothing has run yet (no .await so far).
    let mut set = JoinSet::new();
    let mut names: HashMap<Id, String> = HashMap::new();
    for check in checks {
        let task = set.spawn(check.run);
        names.insert(task.id(), check.name);
    }
    timeline.log("order: checks started");

    // 2. Each check as it ends, until the set is empty or the deadline comes.
    let mut answers = Vec::new();
    let mut problems = Vec::new();
    let mut record = |result: Result<(Id, u32), JoinError>| {
        let line = match result {
            Ok((id, answer)) => {
                let name = names[&id].clone();
                let line = format!("'{name}' answered {answer}");
                answers.push((name, answer));
                line
            }
            Err(error) => {
                let problem = problem(&names[&error.id()], error);
                problems.push(problem.clone());
                problem
            }
        };
        timeline.log(format!("order: {line}"));
    };
    loop {
        match tokio::time::timeout_at(deadline, set.join_next_with_id()).await {
            Ok(Some(result)) => record(result),
            // Every check has ended: no need to wait for the deadline.
            Ok(None) => break,
            // 3. The deadline: stop what is late, and hear it stop.
            Err(_elapsed) => {
                set.abort_all();
                while let Some(result) = set.join_next_with_id().await {
                    record(result);
                }
                break;
            }
        }
    }

    // 4. The price has been computing all along.
    let pricing = tokio::task::spawn_blocking(price);
    let price = pricing.await.expect("the pricing panicked");
    timeline.log(format!("order: priced at {price}"));
    Report {
        answers,
        problems,
        price,
    }
}

/// The report line for a check that did not answer.
fn problem(name: &str, error: JoinError) -> String {
    if error.is_cancelled() {
        format!("task '{name}' cancelled at the deadline")
    } else {
        format!(
            "task '{name}' panicked: {}",
            panic_message(error.into_panic())
        )
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
