//! Mistake: each fetch is spawned and its answer taken before the next is
//! spawned: the warehouses are asked one after another.

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
    let mut answers = Vec::with_capacity(products.len());
    for &(product, latency) in products {
        let mut set = JoinSet::new();
        let mut names: HashMap<Id, String> = HashMap::new();
        let (owned, fetching) = (product.to_owned(), timeline.clone());
        let task = set.spawn(async move { fetch_stock(&owned, latency, &fetching).await.stock });
        names.insert(task.id(), product.to_owned());
        let result = set.join_next_with_id().await.expect("one task");
        {
            let (id, stock) = result.expect("a stock request panicked");
            // Each id is used once: take the name out of the map.
            let product = names.remove(&id).expect("every task's id is in the map");
            timeline.log(format!("main: {product} answered {stock}"));
            answers.push((product, stock));
        }
    }
    answers
}
