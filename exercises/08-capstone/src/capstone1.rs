//! # capstone1: the order service (***)
//!
//! The article's shop, grown up. An order comes in; `serve_order` gets the
//! product checks to run (inventory, shipping, tax, ...: each a `Check` with
//! a name) and `price`, the pricing, which is CPU-bound. It must:
//!
//! 1. start every check as a task of its own, remembering each task's name
//!    by its id; start `price` on a blocking thread, so that it computes
//!    while the checks run without stopping any of them; then log
//!    `"order: checks started"` (all of this before the first `.await`);
//! 2. as each check ends, log at that moment `"order: '<name>' answered <n>"`,
//!    or `"order: task '<name>' panicked: <message>"` if it panicked: one
//!    failing service must not sink the order;
//! 3. at `DEADLINE` after the call began, cancel the checks still running
//!    (they must really stop) and log `"order: task '<name>' cancelled at the
//!    deadline"` for each; if every check has ended before then, do not wait
//!    for the deadline;
//! 4. await the price, log `"order: priced at <n>"`, and return the `Report`:
//!    the answers and the problems (the same text as logged, without
//!    `"order: "`) in the order they came, and the price.
//!
//! Why: this is the shape of every service that fans out: many calls at
//! once, named so the log can be read, some CPU work that must not stall
//! them, a time limit, and partial results when a part fails.
//!
//! Python: `create_task(check(), name=...)` for each check,
//! the pricing in a process pool (`loop.run_in_executor(ProcessPoolExecutor(),
//! price)`: CPU-bound Python holds the GIL, so a thread would not help),
//! `asyncio.wait(tasks, timeout=3)`, then
//! `task.cancel()` for the pending ones and `task.exception()` for the rest.
//!
//! Test: `cargo test --test capstone1` (from `exercises/08-capstone`).
//! Stuck: `cargo xtask hint capstone1`.

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
    todo!(
        "spawn the named checks and the pricing, collect as they end until DEADLINE, cancel the rest, report"
    )
}
