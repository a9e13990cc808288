//! Seeing cancellation on the timeline: a guard that logs a line when it is
//! dropped, and a wrapper that logs `<name>: cancelled` when a future is cut
//! short.

use std::future::Future;

use crate::Timeline;

/// Logs a line on the timeline when it is dropped, unless it was disarmed.
///
/// A future's locals are dropped when it finishes, and also when the future
/// itself is dropped mid-way: an abort, a `timeout`, a `select!` that took
/// another branch, the runtime shutting down. Hold a `DropLog` in a task to
/// see the exact virtual time that happened. Nothing is logged when the
/// drop comes from a panic unwinding: a crash is not a cancellation.
///
/// ```
/// use tasklings::{DropLog, Timeline, paused, secs};
///
/// paused(async || {
///     let timeline = Timeline::start();
///     let upload = tokio::spawn({
///         let timeline = timeline.clone();
///         async move {
///             let probe = DropLog::new(&timeline, "upload: cut short");
///             tokio::time::sleep(secs(5)).await;
///             probe.disarm(); // finished normally: log nothing
///         }
///     });
///     tokio::time::sleep(secs(1)).await;
///     upload.abort();
///     let _ = upload.await;
///     timeline.expect(&[(secs(1), "upload: cut short")]).check();
/// });
/// ```
#[must_use = "a DropLog logs when it is dropped: bind it to a named variable (`let _probe = ...`); \
              `let _ = ...` drops it at once"]
pub struct DropLog {
    timeline: Timeline,
    what: Option<String>,
}

impl DropLog {
    /// A guard that logs `what` when it is dropped.
    pub fn new(timeline: &Timeline, what: impl Into<String>) -> Self {
        DropLog {
            timeline: timeline.clone(),
            what: Some(what.into()),
        }
    }

    /// Drops the guard without logging anything.
    pub fn disarm(mut self) {
        self.what = None;
    }
}

impl Drop for DropLog {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        if let Some(what) = self.what.take() {
            self.timeline.log(what);
        }
    }
}

impl Timeline {
    /// Wraps `future` so that it logs `<name>: cancelled` if it is dropped
    /// after it started and before it finished. A future that finishes,
    /// panics, or is dropped without ever being polled logs nothing.
    pub fn on_cancel<F: Future>(
        &self,
        name: &str,
        future: F,
    ) -> impl Future<Output = F::Output> + use<F> {
        let timeline = self.clone();
        let what = format!("{name}: cancelled");
        async move {
            // Made at the first poll, so an unstarted future logs nothing.
            let probe = DropLog::new(&timeline, what);
            let output = future.await;
            probe.disarm();
            output
        }
    }
}
