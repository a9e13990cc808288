//! Mistake: the tasks go into a JoinSet and the answers are sorted in the
//! order the tasks finish, not the order of the list.

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
    let mut tasks = tokio::task::JoinSet::new();
    for warehouse in warehouses {
        tasks.spawn(warehouse.ask(timeline.clone()));
    }

    let mut sorted = Availability::default();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok(Ok(inventory)) => sorted.in_stock.push(inventory),
            // The task succeeded; its answer is a refusal. Keep it.
            Ok(Err(refusal)) => sorted.unavailable.push(refusal),
            // A bug in the task: raise its own panic here, unchanged.
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    sorted
}
