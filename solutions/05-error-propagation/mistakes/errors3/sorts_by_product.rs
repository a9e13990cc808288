//! Mistake: both lists are sorted by product before they are returned, not
//! left in the order of the list.

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
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    sorted.in_stock.sort_by(|a, b| a.product.cmp(&b.product));
    sorted.unavailable.sort_by_key(|refusal| match refusal {
        ShopError::OutOfStock(product) | ShopError::Unreachable(product) => product.clone(),
    });
    sorted
}
