//! Variant: Spawns into a JoinSet with ids, maps id to place, and collects lines in a BTreeMap keyed by place.

use std::any::Any;

use tasklings::Timeline;
use tasklings::shop::Warehouse;

fn text(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&'static str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_owned()
    }
}

pub async fn stock_report(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Vec<String> {
    let mut set = tokio::task::JoinSet::new();
    let mut places = std::collections::HashMap::new();
    let mut products = Vec::new();
    for (place, w) in warehouses.into_iter().enumerate() {
        products.push(w.product().to_owned());
        let id = set.spawn(w.ask(timeline.clone())).id();
        places.insert(id, place);
    }
    let mut lines = std::collections::BTreeMap::new();
    while let Some(joined) = set.join_next_with_id().await {
        let (place, what) = match joined {
            Ok((id, Ok(inventory))) => (places[&id], format!("{} in stock", inventory.stock)),
            Ok((id, Err(refusal))) => (places[&id], refusal.to_string()),
            Err(e) => (
                places[&e.id()],
                format!("crashed: {}", text(e.into_panic().as_ref())),
            ),
        };
        lines.insert(place, format!("{}: {what}", products[place]));
    }
    lines.into_values().collect()
}
