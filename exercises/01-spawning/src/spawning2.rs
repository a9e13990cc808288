//! # spawning2: many products at once, answers in order (**)
//!
//! `check_all` gets a list of products, each with the time its warehouse
//! takes to answer. Ask every warehouse at once (`fetch_stock`, one task per
//! entry of the list: a product listed twice, for two warehouses, is asked
//! twice) and return the answers in the order of the input list. The call
//! takes as long as the slowest warehouse, not the sum of them all.
//!
//! Given: `fetch_stock(&str, Duration, &Timeline) -> Inventory` logs
//! `<product>: start`, waits the latency, logs `<product>: end`.
//!
//! Why: a list of independent requests is the everyday case for tasks. Keep
//! the handles in a `Vec` in input order; awaiting them in that order still
//! takes only as long as the slowest, since all of them are already spawned
//! and run as soon as the caller waits.
//!
//! Python: `tasks = [asyncio.create_task(fetch(p)) for p in products]`, then
//! `[await t for t in tasks]`.
//!
//! Test: `cargo test --test spawning2` (from `exercises/01-spawning`).
//! Stuck: `cargo xtask hint spawning2`.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    todo!("spawn one fetch_stock task per product, keep the handles in order, then await them")
}
