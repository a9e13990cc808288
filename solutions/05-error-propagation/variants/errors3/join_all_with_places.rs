//! Variant: JoinSet::join_all of (place, outcome) tasks, which passes panics on itself, then sorted by place.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let mut set = tokio::task::JoinSet::new();
    for (place, w) in warehouses.into_iter().enumerate() {
        let ask = w.ask(timeline.clone());
        set.spawn(async move { (place, ask.await) });
    }
    let mut outcomes = set.join_all().await;
    outcomes.sort_by_key(|(place, _)| *place);
    let mut availability = Availability::default();
    for (_, outcome) in outcomes {
        match outcome {
            Ok(inventory) => availability.in_stock.push(inventory),
            Err(refusal) => availability.unavailable.push(refusal),
        }
    }
    availability
}
