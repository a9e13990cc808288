//! Mistake: a crash is filed as a refusal (`Unreachable`): the bug is
//! hidden as if it were an ordinary answer.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let products: Vec<String> = warehouses.iter().map(|w| w.product().to_owned()).collect();
    let tasks: Vec<_> = warehouses
        .into_iter()
        .map(|warehouse| tokio::spawn(warehouse.ask(timeline.clone())))
        .collect();

    let mut sorted = Availability::default();
    for (task, product) in tasks.into_iter().zip(products) {
        match task.await {
            Ok(Ok(inventory)) => sorted.in_stock.push(inventory),
            Ok(Err(refusal)) => sorted.unavailable.push(refusal),
            Err(_) => sorted.unavailable.push(ShopError::Unreachable(product)),
        }
    }
    sorted
}
