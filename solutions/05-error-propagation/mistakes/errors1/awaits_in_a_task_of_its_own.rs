//! Mistake: the handle is awaited (and unwrapped) inside a new task, so the
//! JoinError returned is about that task's panic, not the warehouse's.

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
    let inner = tokio::spawn(async move { task.await.unwrap() });
    Ok(inner.await??)
}
