//! Mistake: a loop that sleeps first and reports after, so every report is
//! half a second late and the one at 0 s is missing.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;

pub const REPORT_EVERY: Duration = Duration::from_millis(500);

pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    let (stop, mut stopped) = oneshot::channel::<()>();
    let monitor = tokio::spawn({
        let timeline = timeline.clone();
        async move {
            let mut reports = 0;
            loop {
                tokio::select! {
                    _ = &mut stopped => break,
                    _ = tokio::time::sleep(REPORT_EVERY) => {
                        reports += 1;
                        timeline.log(format!("monitor: report {reports}"));
                    }
                }
            }
            timeline.log(format!("monitor: stopped after {reports} reports"));
            reports
        }
    });
    let output = work.await;
    let _ = stop.send(());
    (output, monitor.await.unwrap())
}
