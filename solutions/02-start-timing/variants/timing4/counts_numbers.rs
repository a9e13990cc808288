//! Variant of timing4: one number at a time, a turn after every CHUNK of them.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(numbers: Vec<u64>, timeline: Timeline) -> u64 {
    let mut total = 0;
    let mut chunks_done = 0;
    for (i, number) in numbers.iter().enumerate() {
        total += number;
        if (i + 1) % CHUNK == 0 || i + 1 == numbers.len() {
            chunks_done += 1;
            timeline.log(format!("sum: chunk {chunks_done} done"));
            tokio::task::yield_now().await;
        }
    }
    total
}
