//! Mistake: the payload is read only as a `&str`. `panic!("{}", x)` carries
//! a `String`, so a formatted panic message is lost.

use std::any::Any;

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
            Err(e) => {
                let payload: Box<dyn Any + Send> = e.into_panic();
                let message = payload
                    .downcast_ref::<&str>()
                    .copied()
                    .unwrap_or("unknown panic");
                format!("{product}: crashed: {message}")
            }
        };
        lines.push(line);
    }
    lines
}
