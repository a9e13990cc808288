//! Mistake: chunks_exact leaves out the last, shorter chunk.

use tasklings::Timeline;

/// How many items to price between two turns for the other tasks.
pub const CHUNK: usize = 100;

/// Prices `items` CHUNK at a time with `price_chunk`, letting the other tasks run between chunks.
pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    let mut total = 0;
    for (n, chunk) in items.chunks_exact(CHUNK).enumerate() {
        total += price_chunk(chunk);
        timeline.log(format!("pricing: chunk {} done", n + 1));
        // Back to the runtime for one turn: every task that is ready runs,
        // then this one goes on. No time passes.
        tokio::task::yield_now().await;
    }
    total
}
