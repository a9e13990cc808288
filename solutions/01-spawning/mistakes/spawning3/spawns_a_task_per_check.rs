//! Mistake: start_quote spawns a task per check and a third task that
//! awaits both: the times are right, but three tasks where one was asked.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    tokio::join!(
        check_inventory(product, timeline),
        estimate_shipping(product, timeline)
    )
}

/// Starts getting both answers and returns at once with the task's handle.
pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    // The task owns its copies, so it can outlive this call.
    let inventory = tokio::spawn({
        let (product, timeline) = (product.clone(), timeline.clone());
        async move { check_inventory(&product, &timeline).await }
    });
    let shipping = tokio::spawn(async move { estimate_shipping(&product, &timeline).await });
    tokio::spawn(async move { (inventory.await.unwrap(), shipping.await.unwrap()) })
}
