//! Mistake: `unwrap()` on the awaited handle. A panic in the task becomes
//! a panic of the caller: one broken task sinks everything above it.

use tasklings::shop::{Inventory, ShopError};
use tokio::task::{JoinError, JoinHandle};

#[derive(Debug)]
pub enum OrderError {
    Refused(ShopError),
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

pub async fn reservation(
    task: JoinHandle<Result<Inventory, ShopError>>,
) -> Result<Inventory, OrderError> {
    let answer = task.await.unwrap()?;
    Ok(answer)
}
