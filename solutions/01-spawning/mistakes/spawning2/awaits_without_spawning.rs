//! Mistake: fetch_stock is awaited for each product in turn, as a plain
//! loop of awaits: no task, and the sum of all the latencies.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let handles: Vec<_> = products
        .iter()
        .map(|&(product, latency)| fetch_stock(product, latency, timeline))
        .collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    for handle in handles {
        answers.push(handle.await);
    }
    answers
}
