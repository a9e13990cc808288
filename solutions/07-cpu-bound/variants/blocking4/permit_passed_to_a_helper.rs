//! Variant: Handles built with an iterator of owned names; the permit is an argument of a helper run on the blocking thread.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    fn priced<F: Fn(&str) -> u32>(
        _permit: tokio::sync::OwnedSemaphorePermit,
        price: F,
        product: String,
    ) -> u32 {
        price(&product)
    }
    let mut handles = Vec::with_capacity(products.len());
    for product in products.iter().map(|p| p.to_string()) {
        let permit = Arc::clone(&cpu_slots)
            .acquire_owned()
            .await
            .expect("semaphore closed");
        let price = price.clone();
        handles.push(tokio::task::spawn_blocking(move || {
            priced(permit, price, product)
        }));
    }
    let mut prices = Vec::with_capacity(handles.len());
    for handle in handles {
        prices.push(handle.await.unwrap());
    }
    prices
}
