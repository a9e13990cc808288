//! Variant of timing4: drains the vector a chunk at a time in a while loop.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(mut numbers: Vec<u64>, timeline: Timeline) -> u64 {
    let mut total = 0;
    let mut n = 0;
    while !numbers.is_empty() {
        let take = CHUNK.min(numbers.len());
        total += numbers.drain(..take).sum::<u64>();
        n += 1;
        timeline.log(format!("sum: chunk {n} done"));
        tokio::task::yield_now().await;
    }
    total
}
