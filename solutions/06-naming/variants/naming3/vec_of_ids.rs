//! Variant: Keeps a Vec of (id, product) pairs and finds each finished task's product by searching it.

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
    let mut set: JoinSet<u32> = JoinSet::new();
    let mut names: Vec<(Id, String)> = Vec::new();
    for &(product, latency) in products {
        let timeline = timeline.clone();
        let owned = product.to_string();
        let handle = set.spawn(async move { fetch_stock(&owned, latency, &timeline).await.stock });
        names.push((handle.id(), product.to_string()));
    }
    let mut answers = Vec::new();
    while let Some(Ok((id, stock))) = set.join_next_with_id().await {
        let at = names.iter().position(|(known, _)| *known == id).unwrap();
        let (_, product) = names.swap_remove(at);
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    answers
}
