//! cancel4: hedged requests.
//! Run: `cargo test --test cancel4`
//!
//! The requests log `<name>: start` and `<name>: end`, and
//! `<name>: cancelled` where an abort stops them; a request that crashes
//! logs `<name>: start` and then panics with `<name> service unavailable`.

use std::future::Future;
use std::time::Duration;

use cancellation::cancel4::hedged;
use tasklings::shop::{broken_service, service, stock_request};
use tasklings::{Events, Timeline, catch_panic, crowd_at, ms, paused};
use tokio::time::Instant;

/// Runs `hedged` over a primary and a backup that take the given times,
/// logs whose answer came back, then waits long past both requests' own
/// ends: a request that was stopped must not come back.
async fn hedge(primary_takes: Duration, backup_takes: Duration, timeline: &Timeline) {
    let primary = stock_request("primary", primary_takes, timeline);
    let backup = stock_request("backup", backup_takes, timeline);

    let answer = hedged(primary, backup, timeline).await;
    timeline.log(format!("main: answer from {}", answer.product));

    tokio::time::sleep(ms(5000)).await;
}

const ASKED_AT_ONCE: &str = "the backup was asked at 0 s, together with the primary. Give the \
     primary HEDGE_AFTER (500 ms) first: tokio::select! between &mut primary (its handle) \
     and sleep(HEDGE_AFTER); only if the sleep wins, start the backup.";

const LOSER_RAN_ON: &str = "the losing request ran on after the winner had answered: nobody \
     aborted it, so this hedge doubled the load. Abort the loser's handle (aborting the \
     winner does nothing: it has finished).";

const GONE_AFTER_RETURN: &str = "the losing request was cancelled only after hedged had \
     returned: abort() only asks, and the task stops when the runtime next gets to it. Await \
     the loser's handle after aborting it, so that nothing is left running when you return.";

const GAVE_UP_ON_THE_PRIMARY: &str = "the primary was cancelled at 0.5 s, when the backup was \
     asked: a hedge runs beside the primary, it does not replace it. After starting the \
     backup, select! over both handles and keep whichever answers first.";

const HEDGE_LINE: &str = "log `hedge: asking the backup` when hedged decides to ask the \
     backup, at 0.5 s, before it starts the backup request.";

fn wrong_winner(winner: &str, at: &str, loser: &str) -> String {
    format!(
        "the {winner} answered first, at {at}, yet hedged returned the {loser}'s answer. Once \
         the backup is asked, race both handles (select! over &mut primary and &mut backup): \
         the first answer wins, whichever request it comes from."
    )
}

fn gave_up_on_the_primary(t: &Events) -> bool {
    t.time_of("primary: cancelled") == Some(ms(500))
}

fn answered_before(t: &Events, loser: &str) -> bool {
    t.first_starting_with("main: answer from")
        .is_some_and(|e| t.logged_before(&e.what, &format!("{loser}: cancelled")))
}

#[test]
fn a_fast_primary_answers_alone() {
    paused(async || {
        let timeline = Timeline::start();

        hedge(ms(300), ms(300), &timeline).await;

        timeline
            .expect(&[
                (ms(0), "primary: start"),
                (ms(300), "primary: end"),
                (ms(300), "main: answer from primary"),
            ])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .lesson(
                "a primary that answers within 500 ms is the only request: the backup \
                 never starts.",
            )
            .check();
    });
}

#[test]
fn a_slow_primary_gets_a_backup_and_the_backup_wins() {
    paused(async || {
        let timeline = Timeline::start();

        hedge(ms(3000), ms(300), &timeline).await;

        timeline
            .expect(&[
                (ms(0), "primary: start"),
                (ms(500), "hedge: asking the backup"),
                (ms(500), "backup: start"),
                (ms(800), "backup: end"),
                (ms(800), "primary: cancelled"),
                (ms(800), "main: answer from backup"),
            ])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .mistake(gave_up_on_the_primary, GAVE_UP_ON_THE_PRIMARY)
            .mistake(
                |t| t.contains("main: answer from primary"),
                &wrong_winner("backup", "0.8 s", "primary"),
            )
            .mistake(|t| t.contains("primary: end"), LOSER_RAN_ON)
            .mistake(|t| answered_before(t, "primary"), GONE_AFTER_RETURN)
            .mistake(
                |t| !t.logged_before("hedge: asking the backup", "backup: start"),
                HEDGE_LINE,
            )
            .lesson(
                "at 0.5 s ask the backup; when it answers at 0.8 s, abort the primary, \
                 await it, and return the backup's answer.",
            )
            .check();
        let events = timeline.events();
        for request in ["primary", "backup"] {
            assert!(
                events.logged_in_spawned_task(&format!("{request}: start")),
                "the {request} ran inside hedged itself, not as a task of its own. Spawn each \
                 request (tokio::spawn) and keep its JoinHandle: a request that is a task goes \
                 on while hedged waits, and the loser is stopped with abort() and awaited."
            );
        }
        assert!(
            !events.logged_in_spawned_task("hedge: asking the backup"),
            "`hedge: asking the backup` was logged by a spawned task. hedged itself logs it, \
             when it decides to ask the backup; the backup's task only runs the request."
        );
    });
}

#[test]
fn the_primary_can_still_win_after_the_backup_is_asked() {
    paused(async || {
        let timeline = Timeline::start();

        hedge(ms(700), ms(500), &timeline).await;

        timeline
            .expect(&[
                (ms(0), "primary: start"),
                (ms(500), "hedge: asking the backup"),
                (ms(500), "backup: start"),
                (ms(700), "primary: end"),
                (ms(700), "backup: cancelled"),
                (ms(700), "main: answer from primary"),
            ])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .mistake(gave_up_on_the_primary, GAVE_UP_ON_THE_PRIMARY)
            .mistake(
                |t| t.contains("main: answer from backup"),
                &wrong_winner("primary", "0.7 s", "backup"),
            )
            .mistake(|t| t.contains("backup: end"), LOSER_RAN_ON)
            .mistake(|t| answered_before(t, "backup"), GONE_AFTER_RETURN)
            .mistake(
                |t| !t.logged_before("hedge: asking the backup", "backup: start"),
                HEDGE_LINE,
            )
            .lesson(
                "the primary answers at 0.7 s, before the backup (due at 1 s): it wins, \
                 and the backup is aborted.",
            )
            .check();
    });
}

const YIELD_IS_NOT_AWAIT: &str = "hedged returned before the losing request was gone: with \
     a thousand other tasks ready when the backup answered, the runtime had not got to the \
     aborted primary yet. abort() only asks; a yield_now after it gives \
     the runtime one turn, which is enough only on an idle current-thread runtime. Await the loser's handle \
     after aborting it: it returns once the task has really stopped, however busy the \
     runtime is.";

#[test]
fn the_loser_is_gone_before_hedged_returns_even_on_a_busy_runtime() {
    paused(async || {
        let timeline = Timeline::start();
        let primary = stock_request("primary", ms(3000), &timeline);
        let answers = stock_request("backup", ms(300), &timeline);
        let backup = async move {
            let answer = answers.await;
            // The runtime is busy when the backup answers: a thousand other tasks are ready.
            crowd_at(Instant::now());
            answer
        };

        let answer = hedged(primary, backup, &timeline).await;
        timeline.log(format!("main: answer from {}", answer.product));
        tokio::time::sleep(ms(5000)).await;

        timeline
            .expect(&[
                (ms(0), "primary: start"),
                (ms(500), "hedge: asking the backup"),
                (ms(500), "backup: start"),
                (ms(800), "backup: end"),
                (ms(800), "primary: cancelled"),
                (ms(800), "main: answer from backup"),
            ])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .mistake(gave_up_on_the_primary, GAVE_UP_ON_THE_PRIMARY)
            .mistake(|t| t.contains("primary: end"), LOSER_RAN_ON)
            .mistake(|t| answered_before(t, "primary"), YIELD_IS_NOT_AWAIT)
            .mistake(
                |t| !t.logged_before("hedge: asking the backup", "backup: start"),
                HEDGE_LINE,
            )
            .lesson(
                "when the backup answers at 0.8 s, abort the primary and await its handle \
                 before returning.",
            )
            .check();
    });
}

/// A request called `name` that answers `answer` after `takes`, ready for
/// `tokio::spawn`, and that logs `<name>: cancelled` if it is stopped.
fn request(
    name: &'static str,
    takes: Duration,
    answer: u32,
    timeline: &Timeline,
) -> impl Future<Output = u32> + Send + 'static {
    let owned = timeline.clone();
    timeline.on_cancel(
        name,
        async move { service(name, takes, answer, &owned).await },
    )
}

/// A request called `name` that panics with `<name> service unavailable`
/// after `after`.
fn crashing(
    name: &'static str,
    after: Duration,
    timeline: &Timeline,
) -> impl Future<Output = u32> + Send + 'static {
    let owned = timeline.clone();
    timeline.on_cancel(
        name,
        async move { broken_service(name, after, &owned).await },
    )
}

/// Runs `hedged` in a task of its own and logs how it ended, `main: answer N`
/// or `main: panic passed on: <its message>`; then waits long past both
/// requests' own ends.
async fn hedge_with_crash(
    primary: impl Future<Output = u32> + Send + 'static,
    backup: impl Future<Output = u32> + Send + 'static,
    timeline: &Timeline,
) {
    let owned = timeline.clone();
    match catch_panic(async move { hedged(primary, backup, &owned).await }).await {
        Ok(answer) => timeline.log(format!("main: answer {answer}")),
        Err(message) => timeline.log(format!("main: panic passed on: {message}")),
    }
    tokio::time::sleep(ms(5000)).await;
}

const PASSED_ON: &str = "main: panic passed on: primary service unavailable";

fn hid_the_crash(crashed_at: &str) -> String {
    format!(
        "the primary crashed at {crashed_at}, and hedged went on as if it had not: a crash \
         ends the race like an answer does (its handle gives Err(e) with e.is_panic(); a \
         select! branch whose pattern does not match that is only switched off). Stop the \
         other request, then pass the panic on: std::panic::resume_unwind(e.into_panic())."
    )
}

const REWORDED: &str = "hedged panicked, but not with the primary's own panic (`primary \
     service unavailable`): it is not yours to reword or wrap. \
     std::panic::resume_unwind(e.into_panic()) passes it on unchanged.";

fn reworded(t: &Events) -> bool {
    t.first_starting_with("main: panic passed on")
        .is_some_and(|e| e.what != PASSED_ON)
}

#[test]
fn a_primary_that_crashes_in_time_passes_its_panic_on_and_no_backup_starts() {
    paused(async || {
        let timeline = Timeline::start();
        let primary = crashing("primary", ms(300), &timeline);
        let backup = request("backup", ms(300), 2, &timeline);

        hedge_with_crash(primary, backup, &timeline).await;

        timeline
            .expect(&[(ms(0), "primary: start"), (ms(300), PASSED_ON)])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .mistake(
                |t| {
                    t.contains("main: answer 2")
                        || t.contains("main: panic passed on: JoinHandle polled after completion")
                },
                &hid_the_crash("0.3 s"),
            )
            .mistake(reworded, REWORDED)
            .lesson(
                "the primary crashes at 0.3 s, within its 500 ms: that ends hedged there, \
                 and the backup is never asked.",
            )
            .check();
    });
}

#[test]
fn a_primary_that_crashes_after_the_hedge_stops_the_backup_and_passes_its_panic_on() {
    paused(async || {
        let timeline = Timeline::start();
        let primary = crashing("primary", ms(600), &timeline);
        // Due at 0.9 s when it is asked at 0.5 s: after the primary's crash.
        let backup = request("backup", ms(400), 2, &timeline);

        hedge_with_crash(primary, backup, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "primary: start"),
                (ms(500), "hedge: asking the backup"),
                (ms(500), "backup: start"),
                (ms(600), "backup: cancelled"),
                (ms(600), PASSED_ON),
            ])
            .mistake(|t| t.time_of("backup: start") == Some(ms(0)), ASKED_AT_ONCE)
            .mistake(gave_up_on_the_primary, GAVE_UP_ON_THE_PRIMARY)
            .mistake(
                |t| {
                    t.contains("main: answer 2")
                        || t.contains("main: panic passed on: JoinHandle polled after completion")
                },
                &hid_the_crash("0.6 s"),
            )
            .mistake(reworded, REWORDED)
            .mistake(
                |t| t.contains("backup: end"),
                "the primary's crash was passed on, but the backup ran on after it, with \
                 nobody waiting for its answer. Abort the other request and await its handle \
                 before you pass the panic on.",
            )
            .mistake(
                |t| {
                    t.contains("backup: cancelled")
                        && t.logged_before(PASSED_ON, "backup: cancelled")
                },
                "the backup was stopped only after hedged had ended: abort the backup and \
                 await its handle before you pass the primary's panic on.",
            )
            .mistake(
                |t| !t.contains("backup: cancelled"),
                "the backup was never seen to stop: a request that runs inside hedged, not \
                 as a task of its own, is dropped unseen while the panic unwinds. Spawn each \
                 request (tokio::spawn), abort the backup and await its handle, then pass the \
                 panic on.",
            )
            .mistake(
                |t| !t.logged_before("hedge: asking the backup", "backup: start"),
                HEDGE_LINE,
            )
            .lesson(
                "the primary crashes at 0.6 s, before the backup answers (due at 0.9 s): \
                 abort the backup, await it, then pass the panic on.",
            )
            .check();
    });
}
