//! Variant: stops the monitor with an Arc<Notify> (notify_one stores a permit), ticks with interval.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

use std::sync::Arc;
use tokio::sync::Notify;

pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let stop = Arc::new(Notify::new());
    let monitor = {
        let (stop, log) = (Arc::clone(&stop), timeline.clone());
        tokio::spawn(async move {
            let mut ticks = interval(REPORT_EVERY);
            let mut reports = 0;
            loop {
                tokio::select! {
                    biased;
                    () = stop.notified() => break,
                    _ = ticks.tick() => {
                        reports += 1;
                        log.log(format!("monitor: report {reports}"));
                    }
                }
            }
            log.log(format!("monitor: stopped after {reports} reports"));
            reports
        })
    };
    let output = work.await;
    stop.notify_one();
    let reports = monitor.await.expect("the monitor panicked");
    (output, reports)
}
