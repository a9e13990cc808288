//! # timing4: a long loop that lets others run (***)
//!
//! `cooperative_sum` adds up a long list of numbers. Do it in chunks of
//! `CHUNK` numbers; after each chunk log `"sum: chunk N done"` (N from 1)
//! and let the other tasks on the runtime run before the next chunk.
//! Return the total.
//!
//! Why: tokio tasks take turns only at `.await`s. On a current-thread
//! runtime (the one these tests use), a loop with no `.await` keeps the only
//! thread until it ends, and every other task (a heartbeat, a timer, a
//! request handler) waits; on a multi-thread runtime it ties up a worker. `tokio::task::yield_now().await` between
//! chunks gives them a turn without slowing the sum by any virtual time.
//!
//! Python: "cooperative multitasking within a single thread": a long loop
//! in a coroutine stalls the event loop unless it awaits (`asyncio.sleep(0)`).
//!
//! Test: `cargo test --test timing4` (from `exercises/02-start-timing`).
//! Stuck: `cargo xtask hint timing4`.

use tasklings::Timeline;

/// How many numbers to add between two turns for the other tasks.
pub const CHUNK: usize = 1000;

/// Adds up `numbers`, one chunk at a time, letting other tasks run between chunks.
pub async fn cooperative_sum(numbers: Vec<u64>, timeline: Timeline) -> u64 {
    todo!("sum each chunk of CHUNK numbers, log it, yield to the runtime; return the total")
}
