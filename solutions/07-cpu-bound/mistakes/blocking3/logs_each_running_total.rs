//! Mistake: logs the running total after every item, not the total once.

use tasklings::Timeline;

/// Prices every item of `cart` right here, without stopping the other tasks; logs and returns the total.
pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    // The closure borrows cart and price_item: it runs on this very thread,
    // while tokio gives this worker's other tasks to a new one.
    let mut total = 0;
    tokio::task::block_in_place(|| {
        for &item in cart {
            total += price_item(item);
            timeline.log(format!("cart: total {total}"));
        }
    });
    total
}
