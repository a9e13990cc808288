//! # handles2: answers as they come, with a `JoinSet` (**)
//!
//! `as_they_come` asks every warehouse at once (`fetch_stock`, one task per
//! product) and handles each answer the moment it arrives: it logs
//! `"main: got <product>, <n> still to come"` (`<n>`: how many answers it
//! has not handled yet) and keeps the answer. It returns the answers in the
//! order they arrived.
//!
//! Why: handles kept in a `Vec` and awaited in order give you a fast answer
//! only after every slower one listed before it. A `JoinSet` owns a group
//! of tasks: `spawn` adds one, `join_next().await` gives the next to
//! *finish* (`None` once the set is empty), and `len()` says how many it
//! still holds: a task that has finished stays in the set, counted, until
//! `join_next` hands it over.
//!
//! Python: "add them to a set for management", and
//! `for t in asyncio.as_completed(tasks)` to handle each as it finishes.
//!
//! Test: `cargo test --test handles2` (from `exercises/03-keeping-handles`).
//! Stuck: `cargo xtask hint handles2`.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

/// Asks for every `(product, latency)` at once; handles and returns the
/// answers in the order they arrive.
pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    todo!("spawn every request into a JoinSet, then join_next until it is empty, logging each")
}
