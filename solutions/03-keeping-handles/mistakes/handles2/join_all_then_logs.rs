//! Mistake: `join_all` gives the answers in completion order, but only once
//! every task has finished: nothing is handled as it arrives.

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
    let answers = requests.join_all().await;
    for (i, answer) in answers.iter().enumerate() {
        timeline.log(format!(
            "main: got {}, {} still to come",
            answer.product,
            answers.len() - i - 1
        ));
    }
    answers
}
