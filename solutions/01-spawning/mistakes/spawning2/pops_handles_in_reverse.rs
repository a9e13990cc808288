//! Mistake: the handles are taken out of the Vec with pop(), last first,
//! so the answers come back in reverse order.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut handles: Vec<_> = products
        .iter()
        .map(|&(product, latency)| {
            let (product, timeline) = (product.to_owned(), timeline.clone());
            tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await })
        })
        .collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    while let Some(handle) = handles.pop() {
        answers.push(handle.await.expect("a stock request panicked"));
    }
    answers
}
