//! Mistake: a crash is reported, but without what the panic said.

use tasklings::Timeline;
use tasklings::shop::Warehouse;

pub async fn stock_report(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Vec<String> {
    let tasks: Vec<_> = warehouses
        .into_iter()
        .map(|warehouse| {
            let product = warehouse.product().to_owned();
            (product, tokio::spawn(warehouse.ask(timeline.clone())))
        })
        .collect();

    let mut lines = Vec::with_capacity(tasks.len());
    for (product, task) in tasks {
        let line = match task.await {
            Ok(Ok(inventory)) => format!("{product}: {} in stock", inventory.stock),
            Ok(Err(refusal)) => format!("{product}: {refusal}"),
            Err(_) => format!("{product}: crashed"),
        };
        lines.push(line);
    }
    lines
}
