//! Variant: A JoinSet of (place, outcome) wrapper tasks, lines put back in their places.

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
    let n = warehouses.len();
    for (place, w) in warehouses.into_iter().enumerate() {
        let product = w.product().to_owned();
        let task = tokio::spawn(w.ask(timeline.clone()));
        set.spawn(async move {
            let line = match task.await {
                Ok(Ok(inventory)) => format!("{product}: {} in stock", inventory.stock),
                Ok(Err(refusal)) => format!("{product}: {refusal}"),
                Err(e) => format!("{product}: crashed: {}", text(e.into_panic().as_ref())),
            };
            (place, line)
        });
    }
    let mut slots = vec![String::new(); n];
    for (place, line) in set.join_all().await {
        slots[place] = line;
    }
    slots
}
