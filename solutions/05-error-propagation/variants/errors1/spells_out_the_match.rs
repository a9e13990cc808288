//! Variant: Spells out the three outcomes with a match.

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
    match task.await {
        Ok(Ok(inventory)) => Ok(inventory),
        Ok(Err(refusal)) => Err(OrderError::Refused(refusal)),
        Err(e) => Err(OrderError::Task(e)),
    }
}
