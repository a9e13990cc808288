//! Variant of cancel1: a deadline read at the first poll, `sleep_until`, and
//! an `AbortHandle` to stop the task; the `JoinHandle` is still awaited.

use std::time::Duration;

use tokio::task::JoinHandle;

#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    Finished(T),
    Cancelled,
}

pub async fn close_at<T>(task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    let deadline = tokio::time::Instant::now() + closing;
    let stopper = task.abort_handle();
    tokio::time::sleep_until(deadline).await;
    stopper.abort();
    let outcome = task.await;
    match outcome {
        Ok(answer) => AtClosing::Finished(answer),
        Err(error) => {
            if error.is_panic() {
                std::panic::resume_unwind(error.into_panic())
            }
            AtClosing::Cancelled
        }
    }
}
