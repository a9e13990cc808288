//! Variant: Yields only between chunks, not after the last one.

use tasklings::Timeline;

pub const CHUNK: usize = 100;

pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    let mut total = 0;
    let chunks: Vec<&[u32]> = items.chunks(CHUNK).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        if i > 0 {
            tokio::task::yield_now().await;
        }
        total += price_chunk(chunk);
        timeline.log(format!("pricing: chunk {} done", i + 1));
    }
    total
}
