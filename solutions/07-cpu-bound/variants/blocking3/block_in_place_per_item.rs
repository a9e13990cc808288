//! Variant: One block_in_place per item.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    let mut total = 0;
    for &item in cart {
        total += tokio::task::block_in_place(|| price_item(item));
    }
    timeline.log(format!("cart: total {total}"));
    total
}
