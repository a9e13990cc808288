//! Mistake: the handles are kept in a Vec and awaited in input order, so a
//! fast answer waits behind every slower one listed before it.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let handles: Vec<_> = products
        .iter()
        .map(|&(product, latency)| {
            let (product, timeline) = (product.to_owned(), timeline.clone());
            tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await })
        })
        .collect();
    let mut answers = Vec::new();
    let total = handles.len();
    for (i, handle) in handles.into_iter().enumerate() {
        let answer = handle.await.unwrap();
        timeline.log(format!(
            "main: got {}, {} still to come",
            answer.product,
            total - i - 1
        ));
        answers.push(answer);
    }
    answers
}
