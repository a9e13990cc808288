//! Mistake: the task's panic is raised again with `panic!` and the same text:
//! the caller gets a new panic (a `String`, from this line), not the original.

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
    let tasks: Vec<_> = warehouses
        .into_iter()
        .map(|warehouse| tokio::spawn(warehouse.ask(timeline.clone())))
        .collect();

    let mut sorted = Availability::default();
    for task in tasks {
        match task.await {
            Ok(Ok(inventory)) => sorted.in_stock.push(inventory),
            // The task succeeded; its answer is a refusal. Keep it.
            Ok(Err(refusal)) => sorted.unavailable.push(refusal),
            // A bug in the task: raise its own panic here, unchanged.
            Err(e) => {
                let payload = e.into_panic();
                let text = payload.downcast_ref::<&str>().copied().unwrap_or_default();
                panic!("{text}")
            }
        }
    }
    sorted
}
