//! Mistake: each task is spawned and at once awaited, so the second starts
//! only when the first has ended.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let (p, t) = (product.to_owned(), timeline.clone());
    let inventory = tokio::spawn(async move { check_inventory(&p, &t).await })
        .await
        .unwrap();
    let (p, t) = (product.to_owned(), timeline.clone());
    let shipping = tokio::spawn(async move { estimate_shipping(&p, &t).await });
    timeline.log("main: tasks created");
    (inventory, shipping.await.unwrap())
}
