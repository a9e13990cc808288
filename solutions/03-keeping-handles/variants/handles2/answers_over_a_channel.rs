//! Variant: Each task sends its answer on an mpsc channel; the caller takes them as they arrive.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};
use tokio::task::JoinSet;

pub async fn as_they_come(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    for &(product, latency) in products {
        let (product, owned, tx) = (product.to_owned(), timeline.clone(), tx.clone());
        tokio::spawn(async move {
            let answer = fetch_stock(&product, latency, &owned).await;
            let _ = tx.send(answer);
        });
    }
    drop(tx);
    let mut answers = Vec::new();
    while let Some(answer) = rx.recv().await {
        answers.push(answer);
        timeline.log(format!(
            "main: got {}, {} still to come",
            answers.last().unwrap().product,
            products.len() - answers.len()
        ));
    }
    answers
}
