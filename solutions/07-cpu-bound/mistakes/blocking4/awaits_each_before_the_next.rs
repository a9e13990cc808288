//! Mistake: each pricing is spawned and awaited before the next begins.
//! The permits are held correctly, but only one is ever in use.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut prices = Vec::new();
    for product in products {
        let permit = cpu_slots.clone().acquire_owned().await.unwrap();
        let (price, product) = (price.clone(), product.to_string());
        let handle = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            price(&product)
        });
        prices.push(handle.await.unwrap());
    }
    prices
}
