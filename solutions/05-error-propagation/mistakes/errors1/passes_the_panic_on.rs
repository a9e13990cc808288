//! Mistake: the task's panic is raised again in the caller with
//! `resume_unwind`, so reservation panics instead of answering
//! `OrderError::Task`.

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
    // The first ? takes the JoinError (a panic in the task), the second the
    // warehouse's refusal; From turns each into an OrderError.
    match task.await {
        Ok(answer) => Ok(answer?),
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
