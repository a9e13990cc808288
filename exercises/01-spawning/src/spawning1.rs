//! # spawning1: inventory and shipping at once (*)
//!
//! `order_summary` needs two answers about one product: its stock
//! (`check_inventory`, 2 s) and a shipping estimate (`estimate_shipping`,
//! 1 s). Start both as tasks with `tokio::spawn`, log `"main: tasks created"`
//! while they run (that is where other work would go), then await both
//! handles and return both answers. The call must take 2 s, not 3.
//!
//! Given (in `tasklings::shop`): `check_inventory(&str, &Timeline) -> Inventory`
//! and `estimate_shipping(&str, &Timeline) -> Shipping`; each logs its start
//! and end. A spawned task may outlive your function, so it must own what it
//! uses (`'static`): move owned copies into it (`product.to_owned()`,
//! `timeline.clone()`), not the borrowed `&str` and `&Timeline`.
//!
//! Why: `.await` on a future runs it to the end before the next line, so two
//! awaits in a row take the sum of their times. A spawned task runs on its
//! own (on a current-thread runtime, from your first `.await` that waits:
//! see timing1); awaiting its `JoinHandle` later only collects the result.
//!
//! Python (the article): `task_inventory = asyncio.create_task(check_inventory(item))`,
//! then `await task_inventory`. In tokio: `let inventory = tokio::spawn(...)`, then
//! `inventory.await`.
//!
//! Test: `cargo test --test spawning1` (from `exercises/01-spawning`).
//! Stuck: `cargo xtask hint spawning1`.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    todo!("spawn both checks, log \"main: tasks created\", then await both handles")
}
