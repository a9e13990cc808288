//! # spawning3: `join!` or `spawn`? (**)
//!
//! Two ways to get both answers about a product:
//!
//! 1. `quote_with_join` is an `async fn`: its caller waits for it anyway.
//!    Run both checks at once with `tokio::join!`, without spawning.
//! 2. `start_quote` is a plain `fn`: it must return at once, while the
//!    checks go on, so that its caller can keep working. `join!` cannot do
//!    that (it only runs while someone awaits it): spawn one task that gets
//!    both answers at once and return its `JoinHandle`.
//!
//! Given: `check_inventory` (2 s) and `estimate_shipping` (1 s), as in spawning1.
//!
//! Why: `join!` runs futures concurrently inside the current task; nothing
//! runs unless that task is awaiting it. `spawn` hands work to the runtime,
//! which runs it when a runtime thread is free, whether or not the caller
//! ever awaits it (on a current-thread runtime: once the caller waits).
//!
//! Python: `await asyncio.gather(a(), b())` times like `join!` (though
//! `gather` wraps each coroutine in a task); `create_task` is `spawn`, for
//! when you need the task itself ("individual control").
//!
//! Test: `cargo test --test spawning3` (from `exercises/01-spawning`).
//! Stuck: `cargo xtask hint spawning3`.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    todo!("tokio::join! the two checks")
}

/// Starts getting both answers and returns at once with the task's handle.
pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    todo!("spawn one task that gets both answers at once, and return its handle")
}
