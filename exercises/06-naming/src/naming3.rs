//! # naming3: which task just finished? (**)
//!
//! `as_they_answer` asks every warehouse at once: one task per product,
//! spawned into a `JoinSet`, each returning only the stock, a number
//! (`fetch_stock(..).await.stock`). As each task ends, log
//! `"main: <product> answered <stock>"` at that very moment, and collect
//! `(product, stock)`. Return the answers in the order they came.
//!
//! The task's output does not say which product it was about; its id does.
//! `JoinSet::spawn` returns an `AbortHandle` whose `.id()` is the task's
//! `tokio::task::Id`; keep a `HashMap<Id, String>` from id to product, and
//! take the results with `join_next_with_id`, which gives `(id, output)`.
//!
//! Why: a set of tasks finishes in whatever order the work takes, not the
//! order you started it in. The id is stable tokio's handle on "which task":
//! `tokio::task::id()` inside the task, `JoinHandle::id()` outside, and the
//! id that comes back with each result (or in each `JoinError`).
//!
//! Python: `for t in asyncio.as_completed(tasks)` gives results, not tasks;
//! `asyncio.wait(tasks, return_when=FIRST_COMPLETED)` gives the finished task
//! itself, whose `get_name()` says which one it was.
//!
//! Test: `cargo test --test naming3` (from `exercises/06-naming`).
//! Stuck: `cargo xtask hint naming3`.

use std::collections::HashMap;
use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::fetch_stock;
use tokio::task::{Id, JoinSet};

/// Asks for every product's stock at once; returns (product, stock) in the order the answers came.
pub async fn as_they_answer(
    products: &[(&str, Duration)],
    timeline: &Timeline,
) -> Vec<(String, u32)> {
    todo!(
        "spawn each fetch into a JoinSet, map id -> product, log each answer as join_next_with_id gives it"
    )
}
