//! Mistake: Python's `await asyncio.sleep(0)` word for word. A zero sleep
//! is already over when first polled, so the .await returns at once: no turn.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(numbers: Vec<u64>, timeline: Timeline) -> u64 {
    let mut total = 0;
    for (n, chunk) in numbers.chunks(CHUNK).enumerate() {
        total += chunk.iter().sum::<u64>();
        timeline.log(format!("sum: chunk {} done", n + 1));
        // The only .await in the loop: here the other tasks get their turn.
        tokio::time::sleep(std::time::Duration::ZERO).await;
    }
    total
}
