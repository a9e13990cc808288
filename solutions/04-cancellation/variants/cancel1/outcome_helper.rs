//! Variant of cancel1: a helper turns the handle's result into `AtClosing`
//! with `try_into_panic`; only a task still running is aborted.

use std::time::Duration;

use tokio::task::JoinHandle;

#[derive(Debug, PartialEq, Eq)]
pub enum AtClosing<T> {
    Finished(T),
    Cancelled,
}

fn outcome<T>(result: Result<T, tokio::task::JoinError>) -> AtClosing<T> {
    match result.map_err(tokio::task::JoinError::try_into_panic) {
        Ok(answer) => AtClosing::Finished(answer),
        Err(Ok(panic)) => std::panic::resume_unwind(panic),
        Err(Err(_cancelled)) => AtClosing::Cancelled,
    }
}

pub async fn close_at<T>(task: JoinHandle<T>, closing: Duration) -> AtClosing<T> {
    tokio::time::sleep(closing).await;
    if !task.is_finished() {
        task.abort();
    }
    outcome(task.await)
}
