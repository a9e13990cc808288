//! # errors3: every outcome, refusals and all (**)
//!
//! `availability` asks every warehouse at once (one task each, running
//! `Warehouse::ask`) and waits for all of them. It returns what is in
//! stock and what is not, each list in the order given: a refusal is an
//! answer like any other, and one refusal must not hide the other answers.
//! A task that panicked is different: that is a bug, not an answer. Pass
//! its panic on to the caller unchanged, with its own message.
//!
//! Why: a task that returns `Result` *succeeds* as a task even when its
//! answer is `Err`: `handle.await` gives `Ok(Err(refusal))`. Look inside
//! both layers, or the refusals vanish. A panic arrives as the outer
//! `Err(e)`; `std::panic::resume_unwind(e.into_panic())` re-raises it in
//! the caller as it was (which is what `JoinSet::join_all` does), where
//! `unwrap()` would raise a different panic about a `JoinError`.
//!
//! Python: a try-except around each await, so "one failure" does not stop
//! the rest; or `await asyncio.gather(*tasks, return_exceptions=True)`,
//! which returns every outcome, errors included, in order.
//!
//! Test: `cargo test --test errors3` (from `exercises/05-error-propagation`).
//! Stuck: `cargo xtask hint errors3`.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

/// Every warehouse's answer, sorted into two lists, each in the order given.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    /// The answers with stock.
    pub in_stock: Vec<Inventory>,
    /// The refusals.
    pub unavailable: Vec<ShopError>,
}

/// Asks every warehouse at once and sorts every answer; a panic is passed on.
pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    todo!("spawn every ask, then await each handle: sort Ok(Ok) and Ok(Err), resume_unwind a panic")
}
