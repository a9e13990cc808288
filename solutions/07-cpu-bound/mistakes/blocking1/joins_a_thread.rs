//! Mistake: a std thread of its own for the computation, then `join()`.
//! The work is off the runtime's thread, but `join` blocks that thread
//! until the work is done: nobody else runs meanwhile either.

pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    std::thread::spawn(price).join().unwrap()
}
