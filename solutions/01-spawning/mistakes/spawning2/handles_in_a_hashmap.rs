//! Mistake: the handles are kept in a HashMap keyed by product name: it
//! iterates in an order of its own, and keeps one handle per name.

use std::collections::HashMap;
use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let handles: HashMap<_, _> = products
        .iter()
        .map(|&(product, latency)| {
            let (owned, timeline) = (product.to_owned(), timeline.clone());
            let handle = tokio::spawn(async move { fetch_stock(&owned, latency, &timeline).await });
            (product, handle)
        })
        .collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    for (_, handle) in handles {
        answers.push(handle.await.expect("a stock request panicked"));
    }
    answers
}
