//! Mistake: the pricings run as they should, but their results are taken as
//! they finish (a JoinSet), so the prices come back fastest first, not in
//! the order of the products.

use std::sync::Arc;

use tokio::sync::Semaphore;
use tokio::task::JoinSet;

pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    let mut set = JoinSet::new();
    for product in products {
        let permit = cpu_slots.clone().acquire_owned().await.unwrap();
        let (price, product) = (price.clone(), product.to_string());
        set.spawn_blocking(move || {
            let _permit = permit;
            price(&product)
        });
    }
    set.join_all().await
}
