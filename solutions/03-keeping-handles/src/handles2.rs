//! Solution to handles2: a `JoinSet` hands back each task as it finishes.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

/// Asks for every `(product, latency)` at once; handles and returns the
/// answers in the order they arrive.
pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut requests = JoinSet::new();
    for &(product, latency) in products {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        requests.spawn(async move { fetch_stock(&product, latency, &timeline).await });
    }

    let mut answers = Vec::with_capacity(requests.len());
    // Whichever task finishes next, whatever its place in the list.
    while let Some(answer) = requests.join_next().await {
        let answer = answer.expect("a stock request panicked");
        timeline.log(format!(
            "main: got {}, {} still to come",
            answer.product,
            requests.len()
        ));
        answers.push(answer);
    }
    answers
}
