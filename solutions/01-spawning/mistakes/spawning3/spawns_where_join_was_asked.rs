//! Mistake: spawning two tasks inside an async fn whose caller waits for it
//! anyway; the timing is right, but the tasks buy nothing.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

/// Both answers, with both checks running at once inside the caller's task.
pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let (p, t) = (product.to_owned(), timeline.clone());
    let inventory = tokio::spawn(async move { check_inventory(&p, &t).await });
    let (p, t) = (product.to_owned(), timeline.clone());
    let shipping = tokio::spawn(async move { estimate_shipping(&p, &t).await });
    (inventory.await.unwrap(), shipping.await.unwrap())
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
