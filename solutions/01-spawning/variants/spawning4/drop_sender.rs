//! Variant: stops the monitor by dropping the oneshot sender (the receiver then resolves with an error).

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let (stop, mut stopped) = oneshot::channel::<()>();
    let log = timeline.clone();
    let monitor = tokio::spawn(async move {
        let mut ticks = interval(REPORT_EVERY);
        let mut reports = 0u32;
        loop {
            tokio::select! {
                biased;
                _ = &mut stopped => break,
                _ = ticks.tick() => {
                    reports += 1;
                    log.log(format!("monitor: report {reports}"));
                }
            }
        }
        log.log(format!("monitor: stopped after {reports} reports"));
        reports
    });
    let output = work.await;
    drop(stop);
    (output, monitor.await.unwrap())
}
