//! Variant: Spawns with map, then awaits with an iterator-style loop using try_into_panic and a match on the payload.

use tasklings::Timeline;
use tasklings::shop::Warehouse;

pub async fn stock_report(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Vec<String> {
    let products: Vec<String> = warehouses.iter().map(|w| w.product().to_owned()).collect();
    let handles: Vec<_> = warehouses
        .into_iter()
        .map(|w| tokio::spawn(w.ask(timeline.clone())))
        .collect();
    let mut lines = Vec::with_capacity(handles.len());
    for (product, handle) in products.iter().zip(handles) {
        let what = match handle.await {
            Ok(Ok(inventory)) => format!("{} in stock", inventory.stock),
            Ok(Err(refusal)) => refusal.to_string(),
            Err(e) => match e.try_into_panic() {
                Ok(payload) => match payload.downcast::<String>() {
                    Ok(text) => format!("crashed: {text}"),
                    Err(payload) => match payload.downcast::<&str>() {
                        Ok(text) => format!("crashed: {text}"),
                        Err(_) => "crashed: (no message)".to_owned(),
                    },
                },
                Err(_) => "cancelled".to_owned(),
            },
        };
        lines.push(format!("{product}: {what}"));
    }
    lines
}
