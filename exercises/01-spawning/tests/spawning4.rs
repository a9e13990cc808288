//! spawning4: a monitor in the background.
//! Run: `cargo test --test spawning4`

use std::time::Duration;

use spawning::spawning4::with_monitor;
use tasklings::{Events, Expectation, Timeline, assert_eq, impatient, ms, paused, secs};

/// Work that takes `length` and logs when it is done.
async fn work(length: Duration, timeline: &Timeline) -> &'static str {
    tokio::time::sleep(length).await;
    timeline.log("work: done");
    "processed"
}

const NOT_A_TASK: &str = "the monitor ran inside with_monitor's own task (beside the work, \
     in a join! or select!), not as a task of its own. Spawn it with tokio::spawn: a \
     background job is a task.";

const NUMBERED_FROM_ZERO: &str = "your reports are numbered from 0. The first report is \
     \"monitor: report 1\", and N in \"monitor: stopped after N reports\" is how many reports \
     were made.";

const LATE_FIRST_REPORT: &str = "the first report came 0.5 s after the monitor started, not at \
     once. tokio::time::interval ticks at once, then every period; a loop that sleeps \
     before reporting misses the report at the start.";

const NEVER_REPORTED: &str = "the monitor never reported while the work ran. Spawn it before \
     awaiting the work.";

const KEPT_RUNNING: &str = "the monitor kept reporting after with_monitor had returned: \
     nothing stopped it, so it runs on by itself, detached. Send it a stop signal when the \
     work is done, and await its handle before returning.";

const STOP_NOT_AWAITED: &str = "the monitor logged that it stopped only after with_monitor \
     had returned: the stop was sent, but the monitor's handle was not awaited. Await the \
     handle before returning; it is also where N comes from. (A yield_now \"to let the \
     monitor finish\" is no wait: only on a current-thread runtime does the monitor always \
     run during it.)";

const FIXED_COUNT: &str = "the monitor stopped before the work was done: it made a fixed \
     number of reports, as the Python does. Here it runs for as long as the work does: until \
     it is told to stop.";

const TOOK_THE_TICK: &str = "the work ended just as a tick was due, and your monitor took \
     the tick: it reported once more after the work was done. When the stop and a tick are \
     ready at the same instant, the stop must win. An unbiased tokio::select! picks a ready \
     branch at random; write `biased;` first and put the stop branch before the tick.";

const REPORTED_AFTER_WORK: &str = "the monitor kept reporting after the work was done: it \
     did not hear the stop until later, or was never told to stop when the work ended.";

const STOPPED_LATE: &str = "the monitor stopped after the work was done, not at that instant. \
     A flag (or try_recv) that the monitor reads after each tick is seen only at the next \
     tick. Wait for the stop signal and the next tick at the same time: tokio::select! \
     over a oneshot receiver and interval.tick().";

const NEVER_STOPPED: &str = "the monitor never logged that it stopped. If you aborted it: \
     an aborted task is dropped where it waits and runs none of its remaining code, so it \
     cannot report. Send it a stop signal (a oneshot) and let it finish by itself.";

fn reports(t: &Events) -> Vec<&tasklings::Event> {
    t.0.iter()
        .filter(|e| e.what.starts_with("monitor: report"))
        .collect()
}

fn stopped_line(t: &Events) -> Option<&tasklings::Event> {
    t.first_starting_with("monitor: stopped")
}

/// The known wrong answers, most specific first; `started` is when the
/// monitor should have made its first report.
fn diagnose(expectation: Expectation, started: Duration) -> Expectation {
    expectation
        .mistake(
            |t| reports(t).first().is_some_and(|r| r.task.is_none()),
            NOT_A_TASK,
        )
        .mistake(|t| t.contains("monitor: report 0"), NUMBERED_FROM_ZERO)
        .mistake(
            |t| {
                reports(t)
                    .first()
                    .is_some_and(|r| r.at == started + ms(500))
            },
            LATE_FIRST_REPORT,
        )
        .mistake(|t| reports(t).is_empty(), NEVER_REPORTED)
        .mistake(
            |t| {
                let returned = t.position("main: with_monitor returned");
                t.0.iter().enumerate().any(|(i, e)| {
                    e.what.starts_with("monitor: report") && returned.is_some_and(|r| i > r)
                })
            },
            KEPT_RUNNING,
        )
        .mistake(
            |t| {
                let returned = t.position("main: with_monitor returned");
                let stopped =
                    t.0.iter()
                        .position(|e| e.what.starts_with("monitor: stopped"));
                matches!((returned, stopped), (Some(r), Some(s)) if s > r)
            },
            STOP_NOT_AWAITED,
        )
        .mistake(
            |t| {
                let done = t.position("work: done");
                let stopped =
                    t.0.iter()
                        .position(|e| e.what.starts_with("monitor: stopped"));
                matches!((done, stopped), (Some(d), Some(s)) if s < d)
            },
            FIXED_COUNT,
        )
        .mistake(
            |t| {
                let done = t.time_of("work: done");
                let after = t.position("work: done").map_or(0, |p| p + 1);
                t.0[after.min(t.0.len())..]
                    .iter()
                    .any(|e| e.what.starts_with("monitor: report") && Some(e.at) == done)
            },
            TOOK_THE_TICK,
        )
        .mistake(
            |t| {
                let after = t.position("work: done").map_or(t.0.len(), |p| p + 1);
                t.0[after.min(t.0.len())..]
                    .iter()
                    .any(|e| e.what.starts_with("monitor: report"))
            },
            REPORTED_AFTER_WORK,
        )
        .mistake(
            |t| {
                stopped_line(t)
                    .zip(t.time_of("work: done"))
                    .is_some_and(|(s, done)| s.at > done)
            },
            STOPPED_LATE,
        )
        .mistake(|t| stopped_line(t).is_none(), NEVER_STOPPED)
}

#[test]
fn the_monitor_reports_every_half_second_while_the_work_runs() {
    paused(async || {
        let timeline = Timeline::start();

        let (output, reports) = with_monitor(work(ms(2750), &timeline), &timeline).await;
        timeline.log("main: with_monitor returned");
        // A second later: a monitor that was not stopped, or not awaited, shows itself.
        tokio::time::sleep(secs(1)).await;
        timeline.log("main: a second later");

        diagnose(
            timeline.expect(&[
                (ms(0), "monitor: report 1"),
                (ms(500), "monitor: report 2"),
                (ms(1000), "monitor: report 3"),
                (ms(1500), "monitor: report 4"),
                (ms(2000), "monitor: report 5"),
                (ms(2500), "monitor: report 6"),
                (ms(2750), "work: done"),
                (ms(2750), "monitor: stopped after 6 reports"),
                (ms(2750), "main: with_monitor returned"),
                (ms(3750), "main: a second later"),
            ]),
            ms(0),
        )
        .lesson("spawn the monitor, await the work, then stop the monitor and await its handle.")
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
        timeline.log("main: with_monitor returned");
        tokio::time::sleep(secs(1)).await;
        timeline.log("main: a second later");

        diagnose(
            timeline.expect(&[
                (ms(0), "monitor: report 1"),
                (ms(500), "monitor: report 2"),
                (ms(1000), "monitor: report 3"),
                (ms(1200), "work: done"),
                (ms(1200), "monitor: stopped after 3 reports"),
                (ms(1200), "main: with_monitor returned"),
                (ms(2200), "main: a second later"),
            ]),
            ms(0),
        )
        .lesson("the monitor runs exactly as long as the work, however long that is.")
        .check();
        assert_eq!(
            reports, 3,
            "with_monitor must return the monitor's own report count"
        );
    });
}

#[test]
fn the_monitor_is_a_task_of_its_own_and_logs_its_own_stop() {
    paused(async || {
        let timeline = Timeline::start();

        with_monitor(work(ms(1200), &timeline), &timeline).await;

        let events = timeline.events();
        let monitor = events.task_of("monitor: report 1");
        assert!(monitor.is_some(), "{NOT_A_TASK}\nYour timeline:\n{events}");
        assert!(
            reports(&events).iter().all(|e| e.task == monitor),
            "the reports were logged by more than one task: one monitor task makes them \
             all.\nYour timeline:\n{events}"
        );
        let stopped = stopped_line(&events).map(|e| e.task);
        assert!(
            stopped == Some(monitor),
            "\"monitor: stopped after N reports\" was not logged by the monitor task: the \
             monitor must log it itself as it stops, and hand N back as its task's output \
             (an aborted task runs none of its remaining code, so it cannot). Send it a \
             stop signal, let it log and return N, and await its handle.\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn with_monitor_returns_only_after_the_monitor_has_stopped() {
    paused(async || {
        let timeline = Timeline::start();

        // `impatient` polls with_monitor again at once when it is pending, as a
        // multi-thread runtime may: a yield_now then gives the monitor no turn.
        // Only awaiting the monitor's handle makes sure it has stopped.
        let (_, reports) = impatient(with_monitor(work(ms(1200), &timeline), &timeline)).await;
        timeline.log("main: with_monitor returned");
        tokio::time::sleep(secs(1)).await;
        timeline.log("main: a second later");

        diagnose(
            timeline.expect(&[
                (ms(0), "monitor: report 1"),
                (ms(500), "monitor: report 2"),
                (ms(1000), "monitor: report 3"),
                (ms(1200), "work: done"),
                (ms(1200), "monitor: stopped after 3 reports"),
                (ms(1200), "main: with_monitor returned"),
                (ms(2200), "main: a second later"),
            ]),
            ms(0),
        )
        .lesson("with_monitor returns after the monitor's handle has given back its count.")
        .check();
        assert_eq!(
            reports, 3,
            "with_monitor must return the monitor's own report count"
        );
    });
}

#[test]
fn the_monitor_starts_when_with_monitor_is_first_awaited() {
    paused(async || {
        let timeline = Timeline::start();

        // Made now, awaited a second later: nothing may start before that.
        let monitored = with_monitor(work(ms(1200), &timeline), &timeline);
        tokio::time::sleep(secs(1)).await;
        timeline.log("main: awaiting with_monitor");
        let (_, reports) = monitored.await;
        timeline.log("main: with_monitor returned");

        diagnose(
            timeline.expect(&[
                (ms(1000), "main: awaiting with_monitor"),
                (ms(1000), "monitor: report 1"),
                (ms(1500), "monitor: report 2"),
                (ms(2000), "monitor: report 3"),
                (ms(2200), "work: done"),
                (ms(2200), "monitor: stopped after 3 reports"),
                (ms(2200), "main: with_monitor returned"),
            ]),
            ms(1000),
        )
        .lesson(
            "the monitor's first report comes when with_monitor starts running (when it is \
             first awaited), then one every 0.5 s from there.",
        )
        .check();
        assert_eq!(
            reports, 3,
            "with_monitor must return the monitor's own report count"
        );
    });
}

#[test]
fn work_that_ends_on_a_tick_stops_the_monitor_before_that_tick() {
    paused(async || {
        // The work ends at 1.5 s, the instant a fourth tick is due. The test's
        // own future (the caller of with_monitor) runs first at that instant,
        // so the stop is sent before the monitor wakes up to both: it must pick
        // the stop. An unbiased select! picks at random; 24 rounds in a row
        // make that fail every run, not one run in two.
        for round in 1..=24 {
            let timeline = Timeline::start();

            let (_, reports) = with_monitor(work(ms(1500), &timeline), &timeline).await;
            timeline.log("main: with_monitor returned");

            let lesson = format!(
                "(round {round} of 24) when the work ends at the very instant a tick is due, \
                 the monitor stops without that report."
            );
            diagnose(
                timeline.expect(&[
                    (ms(0), "monitor: report 1"),
                    (ms(500), "monitor: report 2"),
                    (ms(1000), "monitor: report 3"),
                    (ms(1500), "work: done"),
                    (ms(1500), "monitor: stopped after 3 reports"),
                    (ms(1500), "main: with_monitor returned"),
                ]),
                ms(0),
            )
            .lesson(&lesson)
            .check();
            assert_eq!(
                reports, 3,
                "(round {round} of 24) the monitor's own report count"
            );
        }
    });
}
