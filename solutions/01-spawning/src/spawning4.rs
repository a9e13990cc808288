//! Solution to spawning4: spawn the monitor, stop it with a oneshot when the work is done.

use std::future::Future;
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
    let monitor = tokio::spawn({
        let timeline = timeline.clone();
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
    let reports = monitor.await.expect("the monitor panicked");
    (output, reports)
}
