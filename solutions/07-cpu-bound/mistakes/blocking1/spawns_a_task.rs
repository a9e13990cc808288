//! Mistake: a task of its own for the computation. A task is not a thread:
//! it runs on the runtime's thread, and holds it for the whole computation.

pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    tokio::spawn(async move { price() }).await.unwrap()
}
