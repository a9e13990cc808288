//! Variant: joinSet of (index, answer); each answer goes into its input slot, whatever order they finish in.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut set = tokio::task::JoinSet::new();
    for (index, &(product, latency)) in products.iter().enumerate() {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        set.spawn(async move { (index, fetch_stock(&product, latency, &timeline).await) });
    }
    let mut slots: Vec<Option<Inventory>> = vec![None; products.len()];
    while let Some(joined) = set.join_next().await {
        let (index, answer) = joined.expect("a fetch panicked");
        slots[index] = Some(answer);
    }
    slots
        .into_iter()
        .map(|s| s.expect("every slot filled"))
        .collect()
}
