//! Mistake: every answer comes in on a channel, and the first refusal is
//! returned at once, but the other reservations are left running.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::sync::mpsc;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let count = warehouses.len();
    let (tx, mut rx) = mpsc::unbounded_channel();
    for (place, warehouse) in warehouses.into_iter().enumerate() {
        let (tx, ask) = (tx.clone(), warehouse.ask(timeline.clone()));
        tokio::spawn(async move {
            let _ = tx.send((place, ask.await));
        });
    }
    let mut answers = vec![None; count];
    for _ in 0..count {
        let (place, answer) = rx.recv().await.unwrap();
        answers[place] = Some(answer?);
    }
    Ok(answers.into_iter().flatten().collect())
}
