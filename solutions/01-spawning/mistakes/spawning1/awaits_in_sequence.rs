//! Mistake: awaiting each check in turn, as in Python's `await check_inventory(...)`
//! twice. Nothing is spawned; the checks take 2 s + 1 s.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    timeline.log("main: tasks created");

    let inventory = check_inventory(product, timeline).await;
    let shipping = estimate_shipping(product, timeline).await;
    (inventory, shipping)
}
