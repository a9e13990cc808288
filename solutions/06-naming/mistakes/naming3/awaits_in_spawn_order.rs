//! Mistake: the handles are kept in a Vec and awaited in the order they were
//! spawned. The names are right, but each answer is noticed only after every
//! earlier product's: tea answered at 1 s and is logged at 5 s.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::fetch_stock;

/// Asks for every product's stock at once; returns (product, stock) in the order the answers came.
pub async fn as_they_answer(
    products: &[(&str, Duration)],
    timeline: &Timeline,
) -> Vec<(String, u32)> {
    let mut handles = Vec::new();
    for &(product, latency) in products {
        let (owned, timeline) = (product.to_owned(), timeline.clone());
        let handle =
            tokio::spawn(async move { fetch_stock(&owned, latency, &timeline).await.stock });
        handles.push((product.to_owned(), handle));
    }

    let mut answers = Vec::with_capacity(handles.len());
    for (product, handle) in handles {
        let stock = handle.await.expect("a stock request panicked");
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    answers
}
