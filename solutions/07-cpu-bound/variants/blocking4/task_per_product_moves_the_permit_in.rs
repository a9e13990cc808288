//! Variant: A tokio task per product takes the permit, then moves it into its spawn_blocking job.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut handles = Vec::new();
    for product in products {
        let (price, product, slots) = (price.clone(), product.to_string(), cpu_slots.clone());
        handles.push(tokio::spawn(async move {
            let permit = slots.acquire_owned().await.expect("semaphore closed");
            tokio::task::spawn_blocking(move || {
                let _permit = permit;
                price(&product)
            })
            .await
            .expect("pricing panicked")
        }));
    }
    let mut prices = Vec::new();
    for handle in handles {
        prices.push(handle.await.expect("pricing panicked"));
    }
    prices
}
