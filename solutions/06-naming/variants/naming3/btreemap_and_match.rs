//! Variant: A BTreeMap from id to name, and a loop that matches on join_next_with_id's result.

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
    let mut names = std::collections::BTreeMap::new();
    for (product, latency) in products.iter().copied() {
        let timeline = timeline.clone();
        let name = product.to_owned();
        let id = set
            .spawn(async move { fetch_stock(&name, latency, &timeline).await.stock })
            .id();
        names.insert(id, product.to_owned());
    }
    let mut answers = Vec::with_capacity(products.len());
    loop {
        match set.join_next_with_id().await {
            Some(Ok((id, stock))) => {
                let product = names.remove(&id).expect("an id we spawned");
                timeline.log(format!("main: {product} answered {stock}"));
                answers.push((product, stock));
            }
            Some(Err(error)) => panic!("a fetch failed: {error}"),
            None => break answers,
        }
    }
}
