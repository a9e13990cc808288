//! Mistake: only inventory is spawned; the shipping estimate is awaited in
//! order_summary's own task. The times are right, but one check is no task.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    // A task may outlive this call, so it must own what it uses ('static):
    // each gets its own copy of the product id and a clone of the timeline.
    let inventory = tokio::spawn({
        let (product, timeline) = (product.to_owned(), timeline.clone());
        async move { check_inventory(&product, &timeline).await }
    });

    // Both tasks are queued; they start as soon as we reach an .await.
    timeline.log("main: tasks created");

    let shipping = estimate_shipping(product, timeline).await;
    let inventory = inventory.await.expect("the inventory task panicked");
    (inventory, shipping)
}
