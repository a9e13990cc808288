//! Mistake: the first refusal returns at once and the JoinSet is dropped,
//! which aborts the rest, but nothing waits for them to be gone: they are
//! still there when the caller goes on.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let mut reservations = JoinSet::new();
    for (place, warehouse) in warehouses.into_iter().enumerate() {
        let ask = warehouse.ask(timeline.clone());
        reservations.spawn(async move { (place, ask.await) });
    }
    let mut answers = vec![None; reservations.len()];
    while let Some(joined) = reservations.join_next().await {
        let (place, answer) = joined.unwrap();
        answers[place] = Some(answer?);
    }
    Ok(answers.into_iter().flatten().collect())
}
