//! Mistake: a JoinSet hands results back as tasks finish, fastest first,
//! not in the order the caller asked.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut set = JoinSet::new();
    for &(product, latency) in products {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        set.spawn(async move { fetch_stock(&product, latency, &timeline).await });
    }
    set.join_all().await
}
