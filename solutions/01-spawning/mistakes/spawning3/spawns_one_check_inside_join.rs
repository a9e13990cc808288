//! Mistake: quote_with_join spawns the inventory check and joins its
//! handle with the shipping future: the times are right, but a task where
//! join! alone was asked.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let (p, t) = (product.to_owned(), timeline.clone());
    let (inventory, shipping) = tokio::join!(
        tokio::spawn(async move { check_inventory(&p, &t).await }),
        estimate_shipping(product, timeline)
    );
    (inventory.unwrap(), shipping)
}

/// Starts getting both answers and returns at once with the task's handle.
pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    // The task owns its copies, so it can outlive this call.
    tokio::spawn(async move { quote_with_join(&product, &timeline).await })
}
