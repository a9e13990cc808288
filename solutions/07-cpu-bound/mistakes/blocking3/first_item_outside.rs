//! Mistake: the first item is priced before block_in_place, the rest inside.

use tasklings::Timeline;

/// Prices every item of `cart` right here, without stopping the other tasks; logs and returns the total.
pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    // The closure borrows cart and price_item: it runs on this very thread,
    // while tokio gives this worker's other tasks to a new one.
    let first = cart.first().map_or(0, |&item| price_item(item));
    let total: u32 = first
        + tokio::task::block_in_place(|| {
            cart.iter()
                .skip(1)
                .map(|&item| price_item(item))
                .sum::<u32>()
        });
    timeline.log(format!("cart: total {total}"));
    total
}
