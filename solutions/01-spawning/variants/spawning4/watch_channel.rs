//! Variant: the stop signal is a watch channel; the monitor is a named async fn with a while loop.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

use tokio::sync::watch;

async fn monitor(mut stopped: watch::Receiver<bool>, timeline: Timeline) -> u32 {
    let mut ticks = interval(REPORT_EVERY);
    let mut reports = 0;
    while !*stopped.borrow() {
        tokio::select! {
            biased;
            _ = stopped.changed() => {}
            _ = ticks.tick() => {
                reports += 1;
                timeline.log(format!("monitor: report {reports}"));
            }
        }
    }
    timeline.log(format!("monitor: stopped after {reports} reports"));
    reports
}

pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let (stop, stopped) = watch::channel(false);
    let handle = tokio::spawn(monitor(stopped, timeline.clone()));
    let output = work.await;
    stop.send(true).expect("monitor listening");
    let reports = handle.await.expect("the monitor panicked");
    (output, reports)
}
