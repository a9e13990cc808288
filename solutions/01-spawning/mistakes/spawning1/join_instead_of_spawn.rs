//! Mistake: `tokio::join!` runs both checks at once, but inside the caller's
//! own task: the right timing, and no task to await, abort or name.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};

pub async fn order_summary(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let inventory = check_inventory(product, timeline);
    let shipping = estimate_shipping(product, timeline);
    timeline.log("main: tasks created");

    tokio::join!(inventory, shipping)
}
