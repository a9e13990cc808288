//! Mistake: the product is worked out from the stock (the stock is the name's
//! length here): fig and tea both have 3, and the first one listed is taken.

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
        let (_, stock) = result.expect("a stock request panicked");
        let product = products
            .iter()
            .map(|(p, _)| p.to_string())
            .find(|p| p.len() as u32 == stock && names.values().any(|n| n == p))
            .expect("a product with that stock");
        names.retain(|_, n| *n != product);
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    answers
}
