//! Variant: Builds the id-to-name map with iterator adapters over the AbortHandles, borrowing the names as &str.

use std::collections::HashMap;
use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::fetch_stock;
use tokio::task::{Id, JoinSet};

/// Asks for every product's stock at once; returns (product, stock) in the order the answers came.
pub async fn as_they_answer(
    products: &[(&str, Duration)],
    timeline: &Timeline,
) -> Vec<(String, u32)> {
    let mut set = JoinSet::new();
    let names: HashMap<Id, &str> = products
        .iter()
        .map(|&(product, latency)| {
            let (owned, timeline) = (product.to_owned(), timeline.clone());
            let task =
                set.spawn(async move { fetch_stock(&owned, latency, &timeline).await.stock });
            (task.id(), product)
        })
        .collect();
    let mut answers = Vec::new();
    while let Some(result) = set.join_next_with_id().await {
        let (id, stock) = result.expect("fetch_stock does not fail");
        let product = names[&id];
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product.to_owned(), stock));
    }
    answers
}
