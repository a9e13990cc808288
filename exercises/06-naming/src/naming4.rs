//! # naming4: "task 'tax' panicked: ..." (***)
//!
//! `supervise` runs every worker as a task of its own, all at once, and
//! reports each one by its name the moment it ends, with one line:
//!
//! - `'<name>' returned <n>` when its job answered `n`;
//! - `task '<name>' panicked: <message>` when it panicked.
//!
//! Log each line as `"report: <line>"` and return the lines in that order.
//! One worker's panic must not stop the others, nor `supervise`.
//!
//! Write `panic_message` first: a panic's payload (from
//! `JoinError::into_panic`) is a `&'static str` for `panic!("literal")` and
//! a `String` for `panic!("formatted {x}")`; return its text, or
//! `"a panic without a message"` for anything else.
//!
//! Why: "a task panicked" is no help at three in the morning; "task 'tax'
//! panicked: tax service unavailable" is. A `JoinError` carries the id of
//! the task it comes from (`JoinError::id`), not its name: the names are
//! in your map from id to name. And `JoinError`'s own text already reads
//! "task 14 panicked with message ...": take the payload instead.
//!
//! Python: `asyncio.gather(*tasks, return_exceptions=True)`, then for each
//! task that raised, `f"task {t.get_name()!r} raised {t.exception()}"`.
//!
//! Test: `cargo test --test naming4` (from `exercises/06-naming`).
//! Stuck: `cargo xtask hint naming4`.

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
    todo!("downcast the payload to &str, then to String")
}

/// Runs every worker at once; reports each by name as it ends.
pub async fn supervise(workers: Vec<Worker>, timeline: &Timeline) -> Vec<String> {
    todo!("spawn each job into a JoinSet, map id -> name, report each result of join_next_with_id")
}
