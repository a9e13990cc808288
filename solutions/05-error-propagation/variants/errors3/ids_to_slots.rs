//! Variant: A JoinSet with join_next_with_id, outcomes stored in slots by place, panics resumed as they arrive.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let mut set = tokio::task::JoinSet::new();
    let mut places = std::collections::HashMap::new();
    let n = warehouses.len();
    for (place, w) in warehouses.into_iter().enumerate() {
        let id = set.spawn(w.ask(timeline.clone())).id();
        places.insert(id, place);
    }
    let mut slots: Vec<Option<Result<Inventory, ShopError>>> = vec![None; n];
    while let Some(joined) = set.join_next_with_id().await {
        match joined {
            Ok((id, outcome)) => slots[places[&id]] = Some(outcome),
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    let mut availability = Availability::default();
    for outcome in slots.into_iter().flatten() {
        match outcome {
            Ok(inventory) => availability.in_stock.push(inventory),
            Err(refusal) => availability.unavailable.push(refusal),
        }
    }
    availability
}
