//! Mistake: two awaits in a row where `join!` was asked for; they take 3 s.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let inventory = check_inventory(product, timeline).await;
    let shipping = estimate_shipping(product, timeline).await;
    (inventory, shipping)
}

/// Starts getting both answers and returns at once with the task's handle.
pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    // The task owns its copies, so it can outlive this call.
    tokio::spawn(async move {
        tokio::join!(
            check_inventory(&product, &timeline),
            estimate_shipping(&product, &timeline)
        )
    })
}
