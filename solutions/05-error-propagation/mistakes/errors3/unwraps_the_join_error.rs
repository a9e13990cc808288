//! Mistake: `unwrap()` passes the crash on, but as a new panic about a
//! `JoinError`, not the warehouse's own.

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
        match task.await.unwrap() {
            Ok(inventory) => sorted.in_stock.push(inventory),
            Err(refusal) => sorted.unavailable.push(refusal),
        }
    }
    sorted
}
