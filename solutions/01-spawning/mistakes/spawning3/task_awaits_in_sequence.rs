//! Mistake: the spawned task returns at once as asked, but inside it the two
//! checks are awaited one after the other.

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
    tokio::spawn(async move {
        let inventory = check_inventory(&product, &timeline).await;
        let shipping = estimate_shipping(&product, &timeline).await;
        (inventory, shipping)
    })
}
