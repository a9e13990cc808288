//! Mistake: the results come in the order the tasks end, but the names are
//! taken in the order the tasks were spawned, so the first answer (tea's, at
//! 1 s) is put down to cheese, the first product listed.

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
        let product = products[answers.len()].0.to_owned();
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    answers
}
