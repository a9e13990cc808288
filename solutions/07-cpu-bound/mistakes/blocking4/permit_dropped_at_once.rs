//! Mistake: `let _ = ...acquire()`. The pattern `_` binds nothing, so the
//! permit is dropped at the end of that very statement: each pricing takes a
//! permit and gives it back before it even starts.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut handles = Vec::new();
    for product in products {
        let _ = cpu_slots.acquire().await.unwrap();
        let (price, product) = (price.clone(), product.to_string());
        handles.push(tokio::task::spawn_blocking(move || price(&product)));
    }
    let mut prices = Vec::new();
    for handle in handles {
        prices.push(handle.await.unwrap());
    }
    prices
}
