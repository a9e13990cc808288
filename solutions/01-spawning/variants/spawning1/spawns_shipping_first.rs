//! Variant: spawns shipping before inventory, then logs and awaits both handles (the order of spawning is not part of the task).

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let shipping = {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        tokio::spawn(async move { estimate_shipping(&product, &timeline).await })
    };
    let inventory = {
        let (product, timeline) = (product.to_owned(), timeline.clone());
        tokio::spawn(async move { check_inventory(&product, &timeline).await })
    };
    timeline.log("main: tasks created");
    (inventory.await.unwrap(), shipping.await.unwrap())
}
