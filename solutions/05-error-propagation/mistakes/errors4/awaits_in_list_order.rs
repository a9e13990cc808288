//! Mistake: the handles are awaited in the order of the list, so a refusal
//! is seen only when every warehouse listed before it has answered.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let handles: Vec<_> = warehouses
        .into_iter()
        .map(|warehouse| tokio::spawn(warehouse.ask(timeline.clone())))
        .collect();
    let mut answers = Vec::new();
    for handle in handles {
        answers.push(handle.await.unwrap()?);
    }
    Ok(answers)
}
