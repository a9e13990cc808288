//! Mistake: the loop stops at the first refusal, as if an error ended the
//! job: every answer after it is never collected.

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
            Ok(Err(refusal)) => {
                sorted.unavailable.push(refusal);
                break;
            }
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    sorted
}
