//! Variant: abort_all and then join_next until None, spelled out, with a BTreeMap of answers.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tokio::task::JoinSet;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let mut set = JoinSet::new();
    for (place, w) in warehouses.into_iter().enumerate() {
        let ask = w.ask(timeline.clone());
        set.spawn(async move { (place, ask.await) });
    }
    let mut answers = std::collections::BTreeMap::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((place, Ok(inventory))) => {
                answers.insert(place, inventory);
            }
            Ok((_, Err(refusal))) => {
                set.abort_all();
                while set.join_next().await.is_some() {}
                return Err(refusal);
            }
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        }
    }
    Ok(answers.into_values().collect())
}
