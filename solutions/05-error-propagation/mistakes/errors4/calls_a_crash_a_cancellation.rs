//! Mistake: a task that ends in `Err` is taken for one the refusal cancelled,
//! and reported so: the crash is called a cancellation.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

/// Every answer in the order given, or the first refusal to happen, with
/// the other reservations stopped.
pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let mut reservations = JoinSet::new();
    for (place, warehouse) in warehouses.into_iter().enumerate() {
        let ask = warehouse.ask(timeline.clone());
        // Each task carries its place in the list: they finish in any order.
        reservations.spawn(async move { (place, ask.await) });
    }

    let mut answers = vec![None; reservations.len()];
    while let Some(joined) = reservations.join_next().await {
        match joined {
            Ok((place, Ok(inventory))) => answers[place] = Some(inventory),
            Ok((_, Err(refusal))) => {
                // Abort every reservation still running and wait until each is gone.
                reservations.shutdown().await;
                return Err(refusal);
            }
            Err(e) => panic!("reservation {} was cancelled", e.id()),
        }
    }
    Ok(answers.into_iter().flatten().collect())
}
