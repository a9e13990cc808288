//! Mistake: calling the computation right in the async fn. It is "in async
//! code", but it never awaits, so it keeps the runtime's thread until done.

pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    price()
}
