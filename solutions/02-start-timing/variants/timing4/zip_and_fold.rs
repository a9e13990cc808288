//! Variant of timing4: chunks numbered with zip(1..), each added with fold.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(numbers: Vec<u64>, timeline: Timeline) -> u64 {
    let mut total: u64 = 0;
    for (chunk, n) in numbers.chunks(CHUNK).zip(1..) {
        total = chunk.iter().fold(total, |sum, x| sum + x);
        timeline.log(format!("sum: chunk {n} done"));
        tokio::task::yield_now().await;
    }
    total
}
