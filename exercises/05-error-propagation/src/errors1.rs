//! # errors1: the error comes out of the await (*)
//!
//! `reservation` gets the handle of a task that asks a warehouse to reserve
//! a product; the task answers `Result<Inventory, ShopError>`. Await it and
//! return one flat `Result<Inventory, OrderError>`: the inventory; or the
//! warehouse's refusal as `OrderError::Refused`; or, if the task itself
//! failed (it panicked), `OrderError::Task`. `reservation` must never panic.
//!
//! Why: a panic in a task does not reach you on its own (with Rust's
//! default `panic = "unwind"`). tokio catches it and keeps it in the handle; `handle.await` gives `Result<T, JoinError>`,
//! `Err` when the task panicked (or was cancelled). A task that returns a
//! `Result` therefore gives two layers, `Result<Result<Inventory,
//! ShopError>, JoinError>`. With the `From` impls below, `?` converts each
//! layer's error: `handle.await??` unwraps both, turning either error into
//! an `OrderError`. `unwrap()` would turn either into a panic of yours.
//!
//! Python: "Exceptions raised within a task are thrown when you await
//! task"; `try: await task` / `except` catches them.
//!
//! Test: `cargo test --test errors1` (from `exercises/05-error-propagation`).
//! Stuck: `cargo xtask hint errors1`.

use tasklings::shop::{Inventory, ShopError};
use tokio::task::{JoinError, JoinHandle};

/// Why a reservation did not come through.
#[derive(Debug)]
pub enum OrderError {
    /// The warehouse answered, with a refusal.
    Refused(ShopError),
    /// The task failed and never answered: it panicked.
    Task(JoinError),
}

impl From<ShopError> for OrderError {
    fn from(error: ShopError) -> Self {
        OrderError::Refused(error)
    }
}

impl From<JoinError> for OrderError {
    fn from(error: JoinError) -> Self {
        OrderError::Task(error)
    }
}

/// Awaits the reservation task and flattens both layers of errors into one.
pub async fn reservation(
    task: JoinHandle<Result<Inventory, ShopError>>,
) -> Result<Inventory, OrderError> {
    todo!("await the handle and turn both layers of errors into an OrderError")
}
