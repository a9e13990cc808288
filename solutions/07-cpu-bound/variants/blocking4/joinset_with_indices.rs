//! Variant: A JoinSet of (index, price), put back in input order.

use std::sync::Arc;

use tokio::sync::Semaphore;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut set = tokio::task::JoinSet::new();
    for (i, product) in products.iter().enumerate() {
        let permit = cpu_slots
            .clone()
            .acquire_owned()
            .await
            .expect("semaphore closed");
        let (price, product) = (price.clone(), product.to_string());
        set.spawn_blocking(move || {
            let p = price(&product);
            drop(permit);
            (i, p)
        });
    }
    let mut prices = vec![0; products.len()];
    while let Some(done) = set.join_next().await {
        let (i, p) = done.expect("pricing panicked");
        prices[i] = p;
    }
    prices
}
