//! Mistake: at closing, a task that is not finished is reported cancelled,
//! but nothing aborts it: it runs on after closing.

use std::time::Duration;

use tokio::task::JoinHandle;

#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    Finished(T),
    Cancelled,
}

pub async fn close_at<T>(task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    tokio::time::sleep(closing).await;
    if task.is_finished() {
        AtClosing::Finished(task.await.unwrap())
    } else {
        AtClosing::Cancelled
    }
}
