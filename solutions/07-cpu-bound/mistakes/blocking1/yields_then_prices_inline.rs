//! Mistake: one yield_now (Python's sleep(0) habit), then the pricing right here.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    // On the blocking pool; this task waits at the .await, freeing its thread.
    tokio::task::yield_now().await;
    price()
}
