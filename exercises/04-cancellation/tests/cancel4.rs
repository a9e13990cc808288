//! cancel4: hedged requests.
//! Run: `cargo test --test cancel4`
//!
//! The requests log `<name>: start` and `<name>: end`, and
//! `<name>: cancelled` where an abort stops them.

use std::time::Duration;

use cancellation::cancel4::hedged;
use tasklings::shop::stock_request;
use tasklings::{Events, Timeline, ms, paused};

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
            .mistake(|t| t.contains("primary: end"), LOSER_RAN_ON)
            .mistake(|t| answered_before(t, "primary"), GONE_AFTER_RETURN)
            .lesson(
                "at 0.5 s ask the backup; when it answers at 0.8 s, abort the primary, \
                 await it, and return the backup's answer.",
            )
            .check();
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
            .mistake(|t| t.contains("backup: end"), LOSER_RAN_ON)
            .mistake(|t| answered_before(t, "backup"), GONE_AFTER_RETURN)
            .lesson(
                "the primary answers at 0.7 s, before the backup (due at 1 s): it wins, \
                 and the backup is aborted.",
            )
            .check();
    });
}
