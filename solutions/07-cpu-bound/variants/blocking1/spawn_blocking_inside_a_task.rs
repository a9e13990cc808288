//! Variant: Wraps the spawn_blocking in a spawned task and awaits both.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    tokio::spawn(async move { tokio::task::spawn_blocking(price).await.unwrap() })
        .await
        .unwrap()
}
