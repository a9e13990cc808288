//! Mistake: the stop is sent and with_monitor yields once "to let the monitor
//! finish" instead of awaiting its handle; the count comes from a shared
//! counter. On a current-thread runtime the monitor happens to run during the
//! yield; nothing promises that.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

/// Runs `work` with a monitor task beside it; returns the work's output and
/// how many reports the monitor made.
pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let (stop, mut stopped) = oneshot::channel::<()>();
    let count = Arc::new(AtomicU32::new(0));
    let _monitor = tokio::spawn({
        let (timeline, count) = (timeline.clone(), count.clone());
        async move {
            let mut ticks = interval(REPORT_EVERY);
            let mut reports = 0;
            loop {
                // Whichever comes first: the stop signal or the next tick.
                // `biased`: when both are ready at one instant, the stop wins
                // (an unbiased select! would pick at random, one report too many).
                tokio::select! {
                    biased;
                    _ = &mut stopped => break,
                    _ = ticks.tick() => {
                        reports += 1;
                        count.store(reports, Ordering::SeqCst);
                        timeline.log(format!("monitor: report {reports}"));
                    }
                }
            }
            timeline.log(format!("monitor: stopped after {reports} reports"));
            reports
        }
    });

    let output = work.await;
    // The monitor may have ended on its own (it cannot, here); ignore that case.
    let _ = stop.send(());
    tokio::task::yield_now().await;
    let reports = count.load(Ordering::SeqCst);
    (output, reports)
}
