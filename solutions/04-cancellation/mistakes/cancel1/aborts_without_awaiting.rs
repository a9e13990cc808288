//! Mistake: abort, then report `Cancelled` without awaiting the handle. A
//! task that had already finished is reported cancelled, its answer lost.

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
    AtClosing::Cancelled
}
