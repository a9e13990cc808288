//! Mistake: prices kept in a HashMap by product, returned in the map's order.

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
        handles.push(tokio::task::spawn_blocking(move || {
            // Held until the pricing is done, dropped with the closure.
            let _permit = permit;
            price(&product)
        }));
    }

    let mut prices = std::collections::HashMap::new();
    for (product, handle) in products.iter().zip(handles) {
        prices.insert(*product, handle.await.expect("a pricing panicked"));
    }
    prices.into_values().collect()
}
