//! Turning a panic in the code under test into a failure that teaches.

use std::future::{Future, poll_fn};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::task::Poll;

/// Runs `future` to the end and returns its output. If it panics, the test
/// fails with `lesson` (what that panic means here and what to do instead)
/// followed by the panic's own message.
///
/// The future runs in the caller's task, as if awaited directly, so the
/// order of events on the timeline is the same as without this wrapper. A
/// `todo!()` is passed on unchanged: an unsolved exercise says so plainly.
pub async fn must_not_panic<F: Future>(lesson: &str, future: F) -> F::Output {
    let mut future = Box::pin(future);
    let outcome = poll_fn(
        |cx| match catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(cx))) {
            Ok(Poll::Pending) => Poll::Pending,
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Err(payload) => Poll::Ready(Err(payload)),
        },
    )
    .await;
    match outcome {
        Ok(output) => output,
        Err(payload) => {
            let message = crate::panics::payload_text(payload.as_ref())
                .unwrap_or("(a panic without a message)");
            if message.starts_with("not yet implemented") {
                resume_unwind(payload);
            }
            let lesson = crate::expect::wrap(&format!("What went wrong: {lesson}"), 88);
            panic!("\n{lesson}\n\n(Your code panicked with `{message}`: see its report above.)\n");
        }
    }
}
