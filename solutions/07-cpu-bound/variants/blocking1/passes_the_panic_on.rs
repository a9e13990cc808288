//! Variant: spawn_blocking, and a panic in the pricing is passed on as it is.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    let handle = tokio::task::spawn_blocking(price);
    match handle.await {
        Ok(p) => p,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}
