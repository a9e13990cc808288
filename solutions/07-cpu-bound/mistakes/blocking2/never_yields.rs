//! Mistake: the chunks are there, but nothing awaits between them, so the
//! loop keeps the thread from the first chunk to the last.

use tasklings::Timeline;

pub const CHUNK: usize = 100;

pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    let mut total = 0;
    for (n, chunk) in items.chunks(CHUNK).enumerate() {
        total += price_chunk(chunk);
        timeline.log(format!("pricing: chunk {} done", n + 1));
    }
    total
}
