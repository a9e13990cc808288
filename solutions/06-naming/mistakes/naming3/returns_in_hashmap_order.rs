//! Mistake: the answers are logged as they come, but returned from a HashMap
//! from product to stock: in whatever order the map iterates, not the order
//! they came.

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
    let mut names: HashMap<Id, String> = HashMap::new();
    for &(product, latency) in products {
        let (owned, timeline) = (product.to_owned(), timeline.clone());
        let task = set.spawn(async move { fetch_stock(&owned, latency, &timeline).await.stock });
        names.insert(task.id(), product.to_owned());
    }

    let mut answers = Vec::with_capacity(names.len());
    while let Some(result) = set.join_next_with_id().await {
        let (id, stock) = result.expect("a stock request panicked");
        // Each id is used once: take the name out of the map.
        let product = names.remove(&id).expect("every task's id is in the map");
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    let by_product: HashMap<String, u32> = answers.into_iter().collect();
    by_product.into_iter().collect()
}
