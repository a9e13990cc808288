//! Mistake: the first refusal is kept, but reserve_all waits for every
//! answer before it returns it: not fast at all.

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
    let mut first_refusal = None;
    while let Some(joined) = reservations.join_next().await {
        match joined {
            Ok((place, Ok(inventory))) => answers[place] = Some(inventory),
            Ok((_, Err(refusal))) => {
                first_refusal.get_or_insert(refusal);
            }
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    match first_refusal {
        Some(refusal) => Err(refusal),
        None => Ok(answers.into_iter().flatten().collect()),
    }
}
