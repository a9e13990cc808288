//! Turning a panic in the code under test into a failure that teaches, and
//! reading the message a panic carried.

use std::any::Any;
use std::future::Future;
use std::panic::resume_unwind;

/// Runs `future` as a task of its own and returns its output. If it panics,
/// the test fails with `lesson` (what that panic means here and what to do
/// instead) followed by the panic's own message.
///
/// A `todo!()` is passed on unchanged: an unsolved exercise says so plainly.
pub async fn must_not_panic<T>(lesson: &str, future: impl Future<Output = T> + Send + 'static) -> T
where
    T: Send + 'static,
{
    match tokio::spawn(future).await {
        Ok(output) => output,
        Err(error) if error.is_panic() => {
            let payload = error.into_panic();
            let message = panic_message(payload.as_ref()).unwrap_or("(a panic without a message)");
            if message.starts_with("not yet implemented") {
                resume_unwind(payload);
            }
            panic!("\n\nWhat went wrong: {lesson}\n\nYour code panicked with:\n  {message}\n");
        }
        Err(error) => panic!("the code under test was cancelled: {error}"),
    }
}

/// The text a panic carried: the `&'static str` of `panic!("literal")` or
/// the `String` of `panic!("{x}")`; `None` for any other payload.
pub fn panic_message(payload: &(dyn Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<&'static str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
}
