//! Variant: a counter of its own instead of enumerate().

use tasklings::Timeline;

/// How many items to price between two turns for the other tasks.
pub const CHUNK: usize = 100;

/// Prices `items` CHUNK at a time with `price_chunk`, letting the other tasks run between chunks.
pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    let mut total: u64 = 0;
    let mut n = 0;
    for chunk in items.chunks(CHUNK) {
        n += 1;
        total += price_chunk(chunk);
        timeline.log(format!("pricing: chunk {n} done"));
        tokio::task::yield_now().await;
    }
    total
}
