//! Variant: A while loop over start indices, slicing by hand.

use tasklings::Timeline;

pub const CHUNK: usize = 100;

pub async fn price_in_chunks(
    items: &[u32],
    mut price_chunk: impl FnMut(&[u32]) -> u64,
    timeline: &Timeline,
) -> u64 {
    let mut total = 0;
    let mut start = 0;
    let mut n = 1;
    while start < items.len() {
        let end = (start + CHUNK).min(items.len());
        total += price_chunk(&items[start..end]);
        timeline.log(format!("pricing: chunk {n} done"));
        tokio::task::yield_now().await;
        start = end;
        n += 1;
    }
    total
}
