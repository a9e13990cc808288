//! Mistake: the awaited handle is unwrapped, as if cancelling were a
//! failure: the cancellation you asked for becomes a panic.

use std::time::Duration;

use tokio::task::JoinHandle;

#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    Finished(T),
    Cancelled,
}

pub async fn close_at<T>(task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    tokio::time::sleep(closing).await;
    task.abort();
    AtClosing::Finished(task.await.unwrap())
}
