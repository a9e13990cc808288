//! Variant: A loop with match on join_next, iterator-built set, stock_request futures.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut requests: JoinSet<Inventory> = products
        .iter()
        .map(|&(product, latency)| tasklings::shop::stock_request(product, latency, timeline))
        .collect();
    let mut answers = Vec::new();
    loop {
        match requests.join_next().await {
            Some(Ok(answer)) => {
                timeline.log(format!(
                    "main: got {}, {} still to come",
                    answer.product,
                    requests.len()
                ));
                answers.push(answer);
            }
            Some(Err(error)) => panic!("a request failed: {error}"),
            None => break,
        }
    }
    answers
}
