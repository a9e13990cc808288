//! Mistake: `unwrap()` on each awaited handle. The first crash found
//! becomes a panic of the report itself, and every other answer is lost.

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
        let line = match task.await.unwrap() {
            Ok(inventory) => format!("{product}: {} in stock", inventory.stock),
            Err(refusal) => format!("{product}: {refusal}"),
        };
        lines.push(line);
    }
    lines
}
