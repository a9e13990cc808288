//! Mistake: the answers are sorted by product name before they are
//! returned; right only when the list happens to be in alphabetical order.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let handles: Vec<_> = products
        .iter()
        .map(|&(product, latency)| {
            let (product, timeline) = (product.to_owned(), timeline.clone());
            tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await })
        })
        .collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    for handle in handles {
        answers.push(handle.await.expect("a stock request panicked"));
    }
    answers.sort_by(|a, b| a.product.cmp(&b.product));
    answers
}
