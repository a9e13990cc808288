//! Variant of cancel1: a pinned closing bell, and the handle awaited by
//! `&mut` after the abort.

use std::time::Duration;

use tokio::task::JoinHandle;

#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    Finished(T),
    Cancelled,
}

pub async fn close_at<T>(mut task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    let bell = tokio::time::sleep(closing);
    tokio::pin!(bell);
    bell.as_mut().await;
    task.abort();
    let result = (&mut task).await;
    match result {
        Ok(answer) => AtClosing::Finished(answer),
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(_) => AtClosing::Cancelled,
    }
}
