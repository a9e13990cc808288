//! Variant: A for loop inside block_in_place, and the log inside too.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    tokio::task::block_in_place(|| {
        let mut total = 0;
        for &item in cart {
            total += price_item(item);
        }
        timeline.log(format!("cart: total {total}"));
        total
    })
}
