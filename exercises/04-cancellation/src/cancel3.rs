//! # cancel3: clean up when aborted (**)
//!
//! `import` saves `items` items, one every `ITEM_TAKES` (500 ms), logging
//! `"import: item N saved"` after each, and returns how many it saved. It
//! needs a database connection the whole time: take one from the pool
//! first (`pool.take()`), and give it back (`pool.give_back(connection)`)
//! when the import ends, *however* it ends: finished, or aborted mid-way.
//!
//! Why: an aborted task does not run the rest of its code. It stops at the
//! `.await` where it was waiting, and its future is dropped, with every
//! value it holds. Cleanup written as the last line never runs then;
//! cleanup in a `Drop` impl always does. A small struct of your own that
//! holds the connection and gives it back in `drop` is Rust's `finally`.
//! (`drop` gets `&mut self`: keep the connection in an `Option` and
//! `take()` it out.)
//!
//! Python: cancellation raises `CancelledError` at the `await`; a
//! `try: ... finally: pool.give_back(conn)` (or `async with`) still runs.
//!
//! Test: `cargo test --test cancel3` (from `exercises/04-cancellation`).
//! Stuck: `cargo xtask hint cancel3`.

use std::time::Duration;

use tasklings::Timeline;
use tasklings::shop::{Connection, Pool};

/// How long saving one item takes.
pub const ITEM_TAKES: Duration = Duration::from_millis(500);

/// Saves `items` items on a connection from `pool`; the connection goes
/// back to the pool however the import ends.
pub async fn import(items: u32, pool: Pool, timeline: Timeline) -> u32 {
    todo!("take a connection, hold it in a guard whose Drop gives it back, save the items")
}
