//! Variant: Builds the lazy map outside; the sum (and so every price_item call) runs inside block_in_place.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    let prices = cart.iter().map(|&item| price_item(item));
    let total: u32 = tokio::task::block_in_place(move || prices.sum());
    timeline.log(format!("cart: total {total}"));
    total
}
