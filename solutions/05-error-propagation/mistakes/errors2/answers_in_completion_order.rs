//! Mistake: the tasks go into a JoinSet and their lines are written in the
//! order the tasks finish, not the order of the list.

use std::any::Any;

use tasklings::Timeline;
use tasklings::shop::Warehouse;

/// Asks every warehouse at once; one line per warehouse, in the order given.
pub async fn stock_report(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Vec<String> {
    let mut tasks = tokio::task::JoinSet::new();
    for warehouse in warehouses {
        let product = warehouse.product().to_owned();
        let task = tokio::spawn(warehouse.ask(timeline.clone()));
        tasks.spawn(async move { (product, task.await) });
    }

    let mut lines = Vec::with_capacity(tasks.len());
    while let Some(Ok((product, joined))) = tasks.join_next().await {
        let line = match joined {
            Ok(Ok(inventory)) => format!("{product}: {} in stock", inventory.stock),
            Ok(Err(refusal)) => format!("{product}: {refusal}"),
            Err(e) if e.is_panic() => {
                format!("{product}: crashed: {}", message_of(e.into_panic()))
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
