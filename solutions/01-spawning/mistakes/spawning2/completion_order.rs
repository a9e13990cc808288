//! Mistake: a JoinSet hands results back as tasks finish, fastest first,
//! not in the order the caller asked.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

/// Asks for the stock of every `(product, latency)` at once; answers in input order.
pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut handles: JoinSet<_> = products
        .iter()
        .map(|&(product, latency)| {
            let (product, timeline) = (product.to_owned(), timeline.clone());
            async move { fetch_stock(&product, latency, &timeline).await }
        })
        .collect();

    // Every request is running now; awaiting in input order keeps that order
    // and still takes only as long as the slowest.
    let mut answers = Vec::with_capacity(handles.len());
    while let Some(answer) = handles.join_next().await {
        answers.push(answer.expect("a stock request panicked"));
    }
    answers
}
