//! Mistake: a thread of one's own, with a oneshot for the answer. The
//! runtime stays free, but tokio cannot see, count or cap that thread.

/// Runs `price` without stopping the other tasks; returns what it computes.
pub async fn price_off_the_runtime<F>(price: F) -> u32
where
    F: FnOnce() -> u32 + Send + 'static,
{
    let (answer, answered) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let _ = answer.send(price());
    });
    answered.await.expect("the pricing thread died")
}
