//! Mistake: only `Ok(Ok(..))` is kept. A task that answers `Err` has still
//! succeeded as a task, so its refusal hides in the inner layer and is lost.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let tasks: Vec<_> = warehouses
        .into_iter()
        .map(|warehouse| tokio::spawn(warehouse.ask(timeline.clone())))
        .collect();

    let mut sorted = Availability::default();
    for task in tasks {
        match task.await {
            Ok(Ok(inventory)) => sorted.in_stock.push(inventory),
            Ok(_) => {}
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    sorted
}
