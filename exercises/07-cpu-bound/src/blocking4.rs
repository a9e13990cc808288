//! # blocking4: no more pricings at once than there are cores (***)
//!
//! `price_all` prices every product in `products` with `price` (CPU-bound)
//! on tokio's blocking threads, all at once as far as `cpu_slots` allows,
//! and returns the prices in the order of `products`. Every pricing must
//! hold one of `cpu_slots`' permits for as long as it runs, so that no more
//! run at once than there are permits, and give it back itself the moment
//! it ends; each starts as soon as a permit is free, not when the one before
//! it has ended.
//!
//! Why: `spawn_blocking` starts a new thread for each job no idle thread can
//! take (up to 512 of them). A hundred orders priced at once are a hundred
//! threads fighting over a few cores, each about 100/c times slower on c cores. A
//! `tokio::sync::Semaphore` in front of `spawn_blocking` bounds them:
//! `cpu_slots.clone().acquire_owned().await` waits for a permit, and the
//! permit is given back when it is dropped. So where the permit lives
//! decides how long it is held: moved into the blocking closure, it lives
//! until the pricing is done; bound with `let _ = ...`, it is dropped on
//! that very line.
//!
//! Python: `asyncio.Semaphore(2)` around `await loop.run_in_executor(pool,
//! price, p)` with a process pool (CPU-bound Python holds the GIL, so
//! threads would not help), or a `ProcessPoolExecutor(max_workers=2)`.
//!
//! Test: `cargo test --test blocking4` (from `exercises/07-cpu-bound`).
//! Stuck: `cargo xtask hint blocking4`.

use std::sync::Arc;

use tokio::sync::Semaphore;

/// Prices every product on blocking threads, holding a permit of `cpu_slots` each; prices in input order.
pub async fn price_all<F>(products: &[&str], cpu_slots: Arc<Semaphore>, price: F) -> Vec<u32>
where
    F: Fn(&str) -> u32 + Clone + Send + 'static,
{
    todo!(
        "for each product: take a permit, spawn_blocking the pricing with the permit moved in; then await the handles in order"
    )
}
