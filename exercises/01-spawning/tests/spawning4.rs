//! spawning4: a monitor in the background.
//! Run: `cargo test --test spawning4`

use std::time::Duration;

use spawning::spawning4::with_monitor;
use tasklings::{Timeline, assert_eq, ms, paused};

/// Work that takes `length` and logs when it is done.
async fn work(length: Duration, timeline: &Timeline) -> &'static str {
    tokio::time::sleep(length).await;
    timeline.log("work: done");
    "processed"
}

const LATE_FIRST_REPORT: &str = "the first report came 0.5 s late. \
     tokio::time::interval ticks at once, then every period; a loop that sleeps \
     before reporting misses the report at 0 s.";

const STOPPED_LATE: &str = "the monitor stopped after the work was done, not at that instant. \
     A flag that the monitor reads after each tick is seen only at the next tick. \
     Wait for the stop signal and the next tick at the same time: tokio::select! \
     over a oneshot receiver and interval.tick().";

const NEVER_STOPPED: &str = "the monitor never logged that it stopped. If you aborted it: \
     an aborted task ends at its next .await and runs none of its remaining code, so it \
     cannot report. Send it a stop signal (a oneshot) and let it finish by itself.";

#[test]
fn the_monitor_reports_every_half_second_while_the_work_runs() {
    paused(async || {
        let timeline = Timeline::start();

        let (output, reports) = with_monitor(work(ms(2750), &timeline), &timeline).await;

        timeline
            .expect(&[
                (ms(0), "monitor: report 1"),
                (ms(500), "monitor: report 2"),
                (ms(1000), "monitor: report 3"),
                (ms(1500), "monitor: report 4"),
                (ms(2000), "monitor: report 5"),
                (ms(2500), "monitor: report 6"),
                (ms(2750), "work: done"),
                (ms(2750), "monitor: stopped after 6 reports"),
            ])
            .mistake(
                |t| t.time_of("monitor: report 1") == Some(ms(500)),
                LATE_FIRST_REPORT,
            )
            .mistake(|t| t.end() > ms(2750), STOPPED_LATE)
            .mistake(|t| t.count("monitor: stopped") == 0, NEVER_STOPPED)
            .mistake(
                |t| t.count("monitor: report") == 0,
                "the monitor never reported while the work ran. Spawn it before awaiting the work.",
            )
            .lesson(
                "spawn the monitor, await the work, then stop the monitor and await its handle.",
            )
            .check();
        assert_eq!(
            (output, reports),
            ("processed", 6),
            "return the work's output and the monitor's report count"
        );
    });
}

#[test]
fn short_work_gets_fewer_reports_and_the_monitor_stops_with_it() {
    paused(async || {
        let timeline = Timeline::start();

        let (_, reports) = with_monitor(work(ms(1200), &timeline), &timeline).await;

        timeline
            .expect(&[
                (ms(0), "monitor: report 1"),
                (ms(500), "monitor: report 2"),
                (ms(1000), "monitor: report 3"),
                (ms(1200), "work: done"),
                (ms(1200), "monitor: stopped after 3 reports"),
            ])
            .mistake(
                |t| t.time_of("monitor: report 1") == Some(ms(500)),
                LATE_FIRST_REPORT,
            )
            .mistake(|t| t.end() > ms(1200), STOPPED_LATE)
            .lesson("the monitor runs exactly as long as the work, however long that is.")
            .check();
        assert_eq!(
            reports, 3,
            "with_monitor must return the monitor's own report count"
        );
    });
}
