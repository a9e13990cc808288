//! Variant: spawns both, logs, then awaits both handles together with tokio::try_join!.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let (p1, t1) = (product.to_owned(), timeline.clone());
    let inventory = tokio::spawn(async move { check_inventory(&p1, &t1).await });
    let (p2, t2) = (product.to_owned(), timeline.clone());
    let shipping = tokio::spawn(async move { estimate_shipping(&p2, &t2).await });
    timeline.log("main: tasks created");
    tokio::try_join!(inventory, shipping).expect("a check panicked")
}
