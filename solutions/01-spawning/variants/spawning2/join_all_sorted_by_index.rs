//! Variant: joinSet::join_all of (index, answer), then sorts by the input index.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut set = tokio::task::JoinSet::new();
    for (index, &(product, latency)) in products.iter().enumerate() {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        set.spawn(async move { (index, fetch_stock(&product, latency, &timeline).await) });
    }
    let mut answers = set.join_all().await;
    answers.sort_by_key(|&(index, _)| index);
    answers.into_iter().map(|(_, answer)| answer).collect()
}
