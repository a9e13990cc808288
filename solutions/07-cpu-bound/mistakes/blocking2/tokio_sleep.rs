//! Mistake: a short tokio::time::sleep between chunks. The others do run,
//! but every chunk now costs an extra millisecond of waiting.

use std::time::Duration;

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
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    total
}
