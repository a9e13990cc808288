//! Mistake: one request per distinct product name (a HashMap keyed by
//! name), so a product listed twice, for two warehouses, is asked once.

use std::collections::HashMap;
use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut spawned = HashMap::new();
    for &(product, latency) in products {
        spawned.entry(product).or_insert_with(|| {
            let (product, timeline) = (product.to_owned(), timeline.clone());
            tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await })
        });
    }
    let mut asked = HashMap::new();
    for (product, handle) in spawned {
        asked.insert(product, handle.await.expect("a stock request panicked"));
    }
    let handles: Vec<_> = products.iter().map(|(p, _)| asked[p].clone()).collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    for handle in handles {
        answers.push(handle);
    }
    answers
}
