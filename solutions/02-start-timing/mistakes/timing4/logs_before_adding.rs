//! Mistake: each chunk is logged as done before it is added.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(numbers: Vec<u64>, timeline: Timeline) -> u64 {
    let mut total = 0;
    for (n, chunk) in numbers.chunks(CHUNK).enumerate() {
        timeline.log(format!("sum: chunk {} done", n + 1));
        total += chunk.iter().sum::<u64>();
        // The only .await in the loop: here the other tasks get their turn.
        tokio::task::yield_now().await;
    }
    total
}
