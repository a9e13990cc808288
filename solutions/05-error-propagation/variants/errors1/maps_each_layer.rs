//! Variant: Combinators: map_err the join layer, and_then flatten the answer layer.

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
    task.await
        .map_err(OrderError::from)
        .and_then(|answer| answer.map_err(OrderError::from))
}
