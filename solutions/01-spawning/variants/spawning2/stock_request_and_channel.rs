//! Variant: spawns stock_request futures that send (index, answer) on an mpsc channel; fills slots in input order.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Inventory, fetch_stock};

use tasklings::shop::stock_request;
use tokio::sync::mpsc;

pub async fn check_all(products: &[(&str, Duration)], timeline: &Timeline) -> Vec<Inventory> {
    let (tx, mut rx) = mpsc::unbounded_channel();
    for (index, &(product, latency)) in products.iter().enumerate() {
        let request = stock_request(product, latency, timeline);
        let tx = tx.clone();
        tokio::spawn(async move {
            let _ = tx.send((index, request.await));
        });
    }
    drop(tx);
    let mut slots: Vec<Option<Inventory>> = vec![None; products.len()];
    while let Some((index, answer)) = rx.recv().await {
        slots[index] = Some(answer);
    }
    slots.into_iter().map(Option::unwrap).collect()
}
