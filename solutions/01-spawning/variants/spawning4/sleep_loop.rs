//! Variant: the monitor reports, then races a 0.5 s sleep against the stop signal (biased to the stop).

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
        let mut reports = 0;
        loop {
            reports += 1;
            log.log(format!("monitor: report {reports}"));
            tokio::select! {
                biased;
                _ = &mut stopped => break,
                _ = tokio::time::sleep(REPORT_EVERY) => {}
            }
        }
        log.log(format!("monitor: stopped after {reports} reports"));
        reports
    });
    let output = work.await;
    stop.send(()).expect("the monitor is still listening");
    (output, monitor.await.expect("the monitor panicked"))
}
