//! Variant: Runs the pricing through a JoinSet's spawn_blocking and joins it.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    let mut set = tokio::task::JoinSet::new();
    set.spawn_blocking(price);
    set.join_next()
        .await
        .expect("one job")
        .expect("pricing panicked")
}
