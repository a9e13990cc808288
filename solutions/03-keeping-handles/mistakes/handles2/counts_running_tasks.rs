//! Mistake: the count is the tasks still working (AbortHandle::is_finished), not
//! the answers still to come: a finished task not taken yet is missed.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

/// Asks for every `(product, latency)` at once; handles and returns the
/// answers in the order they arrive.
pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut requests = JoinSet::new();
    let mut handles = Vec::new();
    for &(product, latency) in products {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        handles
            .push(requests.spawn(async move { fetch_stock(&product, latency, &timeline).await }));
    }

    let mut answers = Vec::with_capacity(requests.len());
    // Whichever task finishes next, whatever its place in the list.
    while let Some(answer) = requests.join_next().await {
        let answer = answer.expect("a stock request panicked");
        timeline.log(format!(
            "main: got {}, {} still to come",
            answer.product,
            handles.iter().filter(|h| !h.is_finished()).count()
        ));
        answers.push(answer);
    }
    answers
}
