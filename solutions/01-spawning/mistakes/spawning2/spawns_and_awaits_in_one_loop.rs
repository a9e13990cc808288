//! Mistake: spawning and awaiting in the same loop step, so each request
//! waits for the one before it.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut answers = Vec::with_capacity(products.len());
    for &(product, latency) in products {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        let handle = tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await });
        answers.push(handle.await.expect("a stock request panicked"));
    }
    answers
}
