//! Variant: quote_with_join joins shipping first and swaps the tuple; start_quote spawns the same join!.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let (shipping, inventory) = tokio::join!(
        estimate_shipping(product, timeline),
        check_inventory(product, timeline)
    );
    (inventory, shipping)
}

pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    tokio::spawn(async move { quote_with_join(&product, &timeline).await })
}
