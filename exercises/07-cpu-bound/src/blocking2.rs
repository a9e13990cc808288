//! # blocking2: price in chunks, and let the others run in between (**)
//!
//! `price_in_chunks` totals the prices of `items` with `price_chunk`, which
//! prices a slice of items (CPU-bound). This work cannot leave the runtime's
//! thread: `price_chunk` reads a price list kept in an `Rc` (which is not
//! `Send`) and `items` is borrowed, so `spawn_blocking`, which needs
//! `Send + 'static`, cannot take them. Price `CHUNK` items at a time
//! instead; after each chunk log `"pricing: chunk N done"` (N from 1) and let
//! the other tasks run before the next chunk. Letting them run must cost the
//! pricing no (virtual) time. Return the total.
//!
//! Why: when work must stay on the runtime's thread, make it take turns: cut
//! it into chunks short enough that nobody minds waiting for one, and give
//! the thread back between them. `tokio::task::yield_now().await` does just
//! that. A `tokio::time::sleep` would let the others run too, but costs its
//! time after every chunk (and `sleep(Duration::ZERO)` on the paused clock
//! is ready at once and lets nobody run); `std::thread::sleep` lets nobody
//! run at all.
//!
//! Python: `await asyncio.sleep(0)` between the chunks of a long loop.
//!
//! Test: `cargo test --test blocking2` (from `exercises/07-cpu-bound`).
//! Stuck: `cargo xtask hint blocking2`.

use tasklings::Timeline;

/// How many items to price between two turns for the other tasks.
pub const CHUNK: usize = 100;

/// Prices `items` CHUNK at a time with `price_chunk`, letting the other tasks run between chunks.
pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    todo!("for each chunk of CHUNK items: price it, log it, give the other tasks a turn")
}
