//! Mistake: on a blocking thread, but the caller spins on is_finished instead of awaiting.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    // On the blocking pool; this task waits at the .await, freeing its thread.
    let handle = tokio::task::spawn_blocking(price);
    while !handle.is_finished() {}
    handle.await.expect("the pricing panicked")
}
