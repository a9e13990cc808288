//! Mistake: tokio::select! instead of join!: it ends with the first answer
//! and drops the other check, which is then started again from scratch.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    tokio::select! {
        inventory = check_inventory(product, timeline) => {
            (inventory, estimate_shipping(product, timeline).await)
        }
        shipping = estimate_shipping(product, timeline) => {
            (check_inventory(product, timeline).await, shipping)
        }
    }
}

/// Starts getting both answers and returns at once with the task's handle.
pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    // The task owns its copies, so it can outlive this call.
    tokio::spawn(async move { quote_with_join(&product, &timeline).await })
}
