//! # blocking1: price the order on a blocking thread (*)
//!
//! `price_off_the_runtime` gets `price`, a CPU-bound computation: it keeps
//! its thread busy from start to end, with no `.await` inside (a pricing
//! engine crunching numbers). Run it so that the other tasks on the runtime
//! keep running while it computes, and return the price it computes.
//!
//! Why: a task gives its thread back only at an `.await`. CPU-bound code has
//! none, so on a current-thread runtime (the one these tests use) it stops
//! every other task until it is done; on a multi-thread runtime it ties up
//! a worker (and the task in its LIFO slot); with every worker so tied up,
//! requests wait, timers fire late, heartbeats go silent. Spawning it
//! with `tokio::spawn` changes nothing, since a task is not a thread: it runs
//! on the runtime's threads like every other task. `tokio::task::spawn_blocking(f)`
//! runs `f` on a separate pool of threads kept for blocking work, and gives
//! back a `JoinHandle` that you await like any other.
//!
//! Python: "If you include heavy CPU-bound calculations, other tasks will
//! also stop." There the fix is a process pool: `await
//! loop.run_in_executor(ProcessPoolExecutor(), price)`. (`asyncio.to_thread`
//! suits blocking I/O; CPU-bound Python holds the GIL in any thread.)
//!
//! Test: `cargo test --test blocking1` (from `exercises/07-cpu-bound`).
//! Stuck: `cargo xtask hint blocking1`.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    todo!("run `price` on one of tokio's blocking threads and await its handle")
}
