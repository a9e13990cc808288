//! Mistake: a scoped std thread can borrow, so the work goes there; but
//! the scope's end joins it, and that blocks the worker until it is done.

use tasklings::Timeline;

pub async fn price_cart(
    cart: &[u32],
    price_item: impl Fn(u32) -> u32 + Sync,
    timeline: &Timeline,
) -> u32 {
    let total = std::thread::scope(|scope| {
        scope
            .spawn(|| cart.iter().map(|&item| price_item(item)).sum())
            .join()
            .unwrap()
    });
    timeline.log(format!("cart: total {total}"));
    total
}
