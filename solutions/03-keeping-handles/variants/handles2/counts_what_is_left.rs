//! Variant: JoinSet drained with join_next; counts what is left itself instead of len().

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut requests = JoinSet::new();
    for &(product, latency) in products {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        requests.spawn(async move { fetch_stock(&product, latency, &timeline).await });
    }
    let mut remaining = products.len();
    let mut answers = Vec::with_capacity(remaining);
    while let Some(answer) = requests.join_next().await {
        remaining -= 1;
        let answer = answer.expect("a request failed");
        timeline.log(format!(
            "main: got {}, {remaining} still to come",
            answer.product
        ));
        answers.push(answer);
    }
    answers
}
