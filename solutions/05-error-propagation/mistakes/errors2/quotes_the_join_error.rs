//! Mistake: a crash is reported with the JoinError's Display ("task 3
//! panicked with message ..."), not the panic's own message.

use std::any::Any;

use tasklings::Timeline;
use tasklings::shop::Warehouse;

/// Asks every warehouse at once; one line per warehouse, in the order given.
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
            Err(e) if e.is_panic() => {
                format!("{product}: crashed: {e}")
            }
            // Only an abort cancels a task, and nothing here aborts one.
            Err(e) => format!("{product}: {e}"),
        };
        lines.push(line);
    }
    lines
}

/// What a panic said: `panic!("literal")` carries a `&'static str`,
/// `panic!("{}", x)` a `String`.
fn message_of(payload: Box<dyn Any + Send>) -> String {
    if let Some(text) = payload.downcast_ref::<&'static str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_owned()
    }
}
