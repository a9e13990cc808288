//! Mistake: a task per product holds the permit around an awaited spawn_blocking: the job holds none.

use std::sync::Arc;

use tokio::sync::Semaphore;

/// Prices every product on blocking threads, holding a permit of `cpu_slots` each; prices in input order.
pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut handles = Vec::with_capacity(products.len());
    for product in products {
        let (price, product, cpu_slots) = (price.clone(), product.to_string(), cpu_slots.clone());
        handles.push(tokio::spawn(async move {
            // Waits here while every permit is taken: at most that many run.
            let _permit = cpu_slots
                .acquire_owned()
                .await
                .expect("the semaphore is never closed");
            tokio::task::spawn_blocking(move || price(&product))
                .await
                .expect("a pricing panicked")
        }));
    }

    let mut prices = Vec::with_capacity(handles.len());
    for handle in handles {
        prices.push(handle.await.expect("a pricing panicked"));
    }
    prices
}
