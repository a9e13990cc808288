//! Variant: start_quote moves owned copies into an async block via a helper async fn; quote_with_join uses join!.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    tokio::join!(
        check_inventory(product, timeline),
        estimate_shipping(product, timeline)
    )
}

async fn quote_owned(product: String, timeline: Timeline) -> (Inventory, Shipping) {
    quote_with_join(&product, &timeline).await
}

pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    tokio::spawn(quote_owned(product.to_owned(), timeline.clone()))
}
