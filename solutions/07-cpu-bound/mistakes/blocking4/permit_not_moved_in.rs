//! Mistake: the closure never uses the permit, so it is not moved in: dropped at the end of the loop body.

use std::sync::Arc;

use tokio::sync::Semaphore;

/// Prices every product on blocking threads, holding a permit of `cpu_slots` each; prices in input order.
pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut handles = Vec::with_capacity(products.len());
    for product in products {
        // Waits here while every permit is taken: at most that many run.
        let permit = cpu_slots
            .clone()
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        let (price, product) = (price.clone(), product.to_string());
        handles.push(tokio::task::spawn_blocking(move || price(&product)));
    }

    let mut prices = Vec::with_capacity(handles.len());
    for handle in handles {
        prices.push(handle.await.expect("a pricing panicked"));
    }
    prices
}
