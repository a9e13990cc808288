//! Mistake: each warehouse is spawned and awaited before the next is
//! spawned, so they are asked one after another, not at once.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

/// Every warehouse's answer, sorted into two lists, each in the order given.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    /// The answers with stock.
    pub in_stock: Vec<Inventory>,
    /// The refusals.
    pub unavailable: Vec<ShopError>,
}

/// Asks every warehouse at once and sorts every answer; a panic is passed on.
pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let mut sorted = Availability::default();
    for warehouse in warehouses {
        match tokio::spawn(warehouse.ask(timeline.clone())).await {
            Ok(Ok(inventory)) => sorted.in_stock.push(inventory),
            // The task succeeded; its answer is a refusal. Keep it.
            Ok(Err(refusal)) => sorted.unavailable.push(refusal),
            // A bug in the task: raise its own panic here, unchanged.
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    sorted
}
