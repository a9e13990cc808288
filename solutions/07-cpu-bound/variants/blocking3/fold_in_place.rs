//! Variant: fold instead of sum, inside block_in_place.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    let total =
        tokio::task::block_in_place(|| cart.iter().fold(0u32, |acc, &item| acc + price_item(item)));
    timeline.log(format!("cart: total {total}"));
    total
}
