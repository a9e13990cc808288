//! Mistake: every pricing spawned at once, with no permit: as many threads
//! as orders, all computing at the same time.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let handles: Vec<_> = products
        .iter()
        .map(|product| {
            let (price, product) = (price.clone(), product.to_string());
            tokio::task::spawn_blocking(move || price(&product))
        })
        .collect();
    let mut prices = Vec::new();
    for handle in handles {
        prices.push(handle.await.unwrap());
    }
    prices
}
