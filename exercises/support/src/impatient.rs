//! Awaiting code under test without giving other tasks the turn a
//! `yield_now` asks for: what a multi-thread runtime may do anyway.

use std::future::{Future, poll_fn};
use std::task::Poll;

// How many times a pending future is polled again before the runtime gets
// the thread back. A `yield_now` is done after one; a real wait stays pending.
const AGAIN: usize = 8;

/// Awaits `future`, but whenever it returns `Pending` polls it again at
/// once, a few times, before letting the runtime run any other task.
///
/// Polling a future again without a wake is allowed (every future must
/// cope with it), and it changes nothing for code that really waits: a
/// sleep, a channel, a `JoinHandle` stay pending until their event. What
/// it changes is `tokio::task::yield_now().await`: its second poll returns
/// at once, so the other tasks did **not** run in between. On a
/// current-thread runtime a yield lets a task already queued run first (when
/// the yielder is the runtime's top-level future, as here, up to 61 of them
/// before it is polled again);
/// on a multi-thread runtime nothing promises that. Code that yields "to
/// let a task finish" instead of awaiting that task's handle is caught
/// here, every run, the way it would fail some runs on a server.
///
/// Everything else is as if `future` were awaited directly, in the caller's
/// task: the order of events on the timeline is the same for code that
/// awaits what it depends on.
pub async fn impatient<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    poll_fn(|cx| {
        for _ in 0..AGAIN {
            if let Poll::Ready(output) = future.as_mut().poll(cx) {
                return Poll::Ready(output);
            }
        }
        Poll::Pending
    })
    .await
}
