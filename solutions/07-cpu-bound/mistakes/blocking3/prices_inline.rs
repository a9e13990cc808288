//! Mistake: the computation runs on the worker without telling tokio. The
//! worker's other tasks wait for it, even on a multi-thread runtime.

use tasklings::Timeline;

pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    let total = cart.iter().map(|&item| price_item(item)).sum();
    timeline.log(format!("cart: total {total}"));
    total
}
