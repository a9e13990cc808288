//! Mistake: the join error is handled, but the task's own `Result` is
//! unwrapped: an ordinary refusal becomes a panic.

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
    Ok(task.await?.unwrap())
}
