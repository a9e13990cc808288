//! # errors4: fail fast (***)
//!
//! `reserve_all` reserves at every warehouse at once (one task each,
//! running `Warehouse::ask`), all or nothing:
//! - if every warehouse has stock, return every answer, in the order given;
//! - at the first refusal (the first to *happen*, wherever it is in the
//!   list), give up at once: abort every reservation still running, wait
//!   until they are gone, and return that refusal, all at the virtual time
//!   it arrived.
//!
//! These warehouses do not crash; if one did, pass its panic on as in
//! errors3.
//!
//! Why: when one failure makes the whole job pointless, waiting for the
//! others wastes the caller's time, and leaving them running wastes
//! everyone else's. `join_next()` on a `JoinSet` hands you each task as it
//! finishes, so the first refusal is seen when it happens. Tasks come back
//! in the order they finish, so let each one carry its place in the list.
//! `JoinSet::shutdown()` aborts every task and waits until each is gone
//! (`abort_all()`, then `join_next()` until `None`); dropping a `JoinSet`
//! aborts them too, but does not wait.
//!
//! Python: `asyncio.gather(*tasks)` raises the first exception but leaves
//! the other tasks running; `asyncio.TaskGroup` cancels them.
//!
//! Test: `cargo test --test errors4` (from `exercises/05-error-propagation`).
//! Stuck: `cargo xtask hint errors4`.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

/// Every answer in the order given, or the first refusal to happen, with
/// the other reservations stopped.
pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    todo!(
        "spawn (index, ask) tasks into a JoinSet; on the first refusal shut the set down and return it"
    )
}
