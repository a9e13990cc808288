//! Mistake: a short std::thread::sleep between chunks "to let the others
//! run". It puts the whole thread to sleep, runtime and all: nobody runs.

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
        std::thread::sleep(Duration::from_millis(1));
    }
    total
}
