//! Variant: quote_with_join polls both pinned futures with a select! loop until both are done; start_quote spawns it.

use tasklings::Timeline;
use tasklings::shop::{Inventory, Shipping, check_inventory, estimate_shipping};
use tokio::task::JoinHandle;

pub async fn quote_with_join(product: &str, timeline: &Timeline) -> (Inventory, Shipping) {
    let inventory = check_inventory(product, timeline);
    let shipping = estimate_shipping(product, timeline);
    tokio::pin!(inventory, shipping);
    let (mut i, mut s) = (None, None);
    while i.is_none() || s.is_none() {
        tokio::select! {
            biased;
            answer = &mut inventory, if i.is_none() => i = Some(answer),
            answer = &mut shipping, if s.is_none() => s = Some(answer),
        }
    }
    (i.unwrap(), s.unwrap())
}

pub fn start_quote(product: &str, timeline: &Timeline) -> JoinHandle<(Inventory, Shipping)> {
    let (product, timeline) = (product.to_owned(), timeline.clone());
    tokio::spawn(async move { quote_with_join(&product, &timeline).await })
}
