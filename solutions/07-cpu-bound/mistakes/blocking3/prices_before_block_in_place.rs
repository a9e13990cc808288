//! Mistake: block_in_place is there, but around the cheap part (the sum);
//! the prices, the CPU-bound part, are computed before it, on the worker.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    let prices: Vec<u32> = cart.iter().map(|&item| price_item(item)).collect();
    let total = tokio::task::block_in_place(|| prices.iter().sum());
    timeline.log(format!("cart: total {total}"));
    total
}
