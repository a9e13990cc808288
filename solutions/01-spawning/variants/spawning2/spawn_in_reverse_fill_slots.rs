//! Variant: spawns from the last product to the first, then puts each answer in its input slot.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let mut handles = Vec::new();
    for (index, &(product, latency)) in products.iter().enumerate().rev() {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        handles.push((
            index,
            tokio::spawn(async move { fetch_stock(&product, latency, &timeline).await }),
        ));
    }
    let mut slots: Vec<Option<Inventory>> = vec![None; products.len()];
    for (index, handle) in handles {
        slots[index] = Some(handle.await.unwrap());
    }
    slots.into_iter().map(Option::unwrap).collect()
}
