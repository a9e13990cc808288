//! Mistake: the results come in the order the tasks end, but the names are
//! taken in the order the tasks were spawned, so the first answer (fig's, at
//! 1 s) is put down to cheese, the first product spawned.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::fetch_stock;
use tokio::task::JoinSet;

pub async fn as_they_answer(
    products: &[(&str, Duration)],
    timeline: &Timeline,
) -> Vec<(String, u32)> {
    let mut set = JoinSet::new();
    for &(product, latency) in products {
        let (owned, timeline) = (product.to_owned(), timeline.clone());
        set.spawn(async move { fetch_stock(&owned, latency, &timeline).await.stock });
    }
    let mut names = products.iter().map(|(p, _)| p.to_string());
    let mut answers = Vec::new();
    while let Some(result) = set.join_next().await {
        let stock = result.unwrap();
        let product = names.next().unwrap();
        timeline.log(format!("main: {product} answered {stock}"));
        answers.push((product, stock));
    }
    answers
}
