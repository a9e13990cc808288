//! Mistake: a stop flag the monitor reads only after each tick, so it
//! notices the stop one tick late.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tasklings::Timeline;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

/// Runs `work` with a monitor task beside it; returns the work's output and
/// how many reports the monitor made.
pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let stop = Arc::new(AtomicBool::new(false));
    let monitor = tokio::spawn({
        let (timeline, stop) = (timeline.clone(), stop.clone());
        async move {
            let mut ticks = interval(REPORT_EVERY);
            let mut reports = 0;
            loop {
                ticks.tick().await;
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                reports += 1;
                timeline.log(format!("monitor: report {reports}"));
            }
            timeline.log(format!("monitor: stopped after {reports} reports"));
            reports
        }
    });

    let output = work.await;
    stop.store(true, Ordering::SeqCst);
    let reports = monitor.await.expect("the monitor panicked");
    (output, reports)
}
