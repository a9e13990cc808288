//! Variant: Spawns the bare asks, maps each task id to its place, and uses join_next_with_id.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let n = warehouses.len();
    let mut set = JoinSet::new();
    let mut places = std::collections::HashMap::new();
    for (place, w) in warehouses.into_iter().enumerate() {
        let id = set.spawn(w.ask(timeline.clone())).id();
        places.insert(id, place);
    }
    let mut answers: Vec<Option<Inventory>> = vec![None; n];
    while let Some(joined) = set.join_next_with_id().await {
        match joined {
            Ok((id, Ok(inventory))) => answers[places[&id]] = Some(inventory),
            Ok((_, Err(refusal))) => {
                set.shutdown().await;
                return Err(refusal);
            }
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    Ok(answers.into_iter().flatten().collect())
}
