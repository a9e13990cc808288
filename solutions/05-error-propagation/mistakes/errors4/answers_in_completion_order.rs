//! Mistake: the answers are kept in the order the tasks finished, not the
//! order of the list.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let mut reservations = JoinSet::new();
    for warehouse in warehouses {
        reservations.spawn(warehouse.ask(timeline.clone()));
    }
    let mut answers = Vec::new();
    while let Some(joined) = reservations.join_next().await {
        match joined.unwrap() {
            Ok(inventory) => answers.push(inventory),
            Err(refusal) => {
                reservations.shutdown().await;
                return Err(refusal);
            }
        }
    }
    Ok(answers)
}
