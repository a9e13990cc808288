//! # blocking3: price the cart in place (**)
//!
//! `price_cart` totals the price of every item of `cart` with `price_item`
//! (CPU-bound), logs `"cart: total N"` and returns N. Both `cart` and
//! `price_item` are borrowed, so `spawn_blocking` cannot take them (it needs
//! `'static`). Do the work right here, on this worker thread, but tell
//! tokio first with `tokio::task::block_in_place`, so that it hands this
//! worker's other tasks to another thread while you compute.
//!
//! Why: `block_in_place(f)` turns the current worker thread into a blocking
//! thread while `f` runs; tokio moves the worker's tasks to a new worker
//! thread. `f` runs right here, so it may borrow anything. It needs the
//! multi-thread runtime (what `#[tokio::main]` builds): a current-thread
//! runtime has no other thread to hand its tasks to, and there it panics.
//! That is why this exercise's tests run on the real clock: tokio can pause
//! its clock only on a current-thread runtime.
//!
//! Python: none; the asyncio loop has one thread. The nearest is
//! `await loop.run_in_executor(executor, f)`, which is `spawn_blocking`.
//!
//! Test: `cargo test --test blocking3` (from `exercises/07-cpu-bound`).
//! Stuck: `cargo xtask hint blocking3`.

use tasklings::Timeline;

/// Prices every item of `cart` right here, without stopping the other tasks; logs and returns the total.
pub async fn price_cart(cart: &[u32], price_item: impl Fn(u32) -> u32, timeline: &Timeline) -> u32 {
    todo!("sum price_item over the cart inside tokio::task::block_in_place, log the total")
}
