//! cancel1: closing time.
//! Run: `cargo test --test cancel1`
//!
//! The tasks are stock requests that log `<product>: start` and
//! `<product>: end`, and `<product>: cancelled` where an abort stops them;
//! a broken service logs `<name>: start` and then panics.

use cancellation::cancel1::{AtClosing, close_at};
use tasklings::shop::{broken_service, stock_request};
use tasklings::{Timeline, assert_eq, catch_panic, crowd_at, must_not_panic, paused, secs};
use tokio::time::Instant;

const CANCELLED_IS_NOT_A_FAILURE: &str = "close_at panicked when the task it had aborted came \
     back cancelled. For an aborted task, handle.await gives Err(e) with e.is_cancelled(): \
     that is the outcome you asked for, not a failure to unwrap. Match on it and return \
     AtClosing::Cancelled.";

const RAN_ON: &str = "the task ran on after closing and ended at 3 s: nothing aborted it. \
     Reporting a task as cancelled does not cancel it; call task.abort() at closing time.";

const NEVER_STARTED: &str = "the task never started: it was aborted before it first ran, so \
     none of its work was done. Abort at closing time: sleep until closing first, then \
     task.abort().";

const GONE_AFTER_RETURN: &str = "the task was cancelled only after close_at had returned: \
     abort() only asks, and the task stops when the runtime next gets to it. Await the handle \
     after aborting: it returns once the task has really stopped, and says how it ended.";

#[test]
fn a_task_still_running_at_closing_is_cancelled_there() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("slow", secs(3), &timeline));

        let outcome = must_not_panic(CANCELLED_IS_NOT_A_FAILURE, close_at(task, secs(2))).await;
        timeline.log("main: closed");
        // Wait past the task's own end: an aborted task must not come back.
        tokio::time::sleep(secs(3)).await;

        timeline
            .expect(&[
                (secs(0), "slow: start"),
                (secs(2), "slow: cancelled"),
                (secs(2), "main: closed"),
            ])
            .mistake(|t| t.contains("slow: end"), RAN_ON)
            .mistake(|t| !t.contains("slow: start"), NEVER_STARTED)
            .mistake(
                |t| t.logged_before("main: closed", "slow: cancelled"),
                GONE_AFTER_RETURN,
            )
            .lesson("at 2 s: abort the task, await its handle, then return.")
            .check();
        assert_eq!(
            outcome,
            AtClosing::Cancelled,
            "the task was still running at closing and the abort stopped it: \
             handle.await gave Err(e) with e.is_cancelled(), which is AtClosing::Cancelled"
        );
    });
}

#[test]
fn a_task_that_ended_before_closing_is_finished() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("fast", secs(1), &timeline));

        let outcome = close_at(task, secs(2)).await;
        timeline.log("main: closed");

        timeline
            .expect(&[
                (secs(0), "fast: start"),
                (secs(1), "fast: end"),
                (secs(2), "main: closed"),
            ])
            .mistake(|t| !t.contains("fast: start"), NEVER_STARTED)
            .mistake(
                |t| t.time_of("main: closed") == Some(secs(1)),
                "close_at returned at 1 s, when the task ended, not at closing time (2 s). It \
                 waits until closing whatever the task does: sleep(closing) first, then abort \
                 and await the handle.",
            )
            .lesson("close_at waits until closing time even when the task ended earlier.")
            .check();
        let AtClosing::Finished(answer) = outcome else {
            panic!(
                "the task had finished at 1 s, before closing at 2 s, yet close_at reported \
                 it cancelled and its answer was lost. abort() does nothing to a task that \
                 has finished; only awaiting the handle tells you which happened: Ok(answer), \
                 or Err(e) with e.is_cancelled()."
            )
        };
        assert_eq!(answer.product, "fast", "the answer is the task's own");
    });
}

const YIELD_IS_NOT_AWAIT: &str = "close_at returned before the aborted task was gone: with \
     a thousand other tasks due at closing too, the runtime had not got to it yet. abort() \
     only asks; a yield_now after it gives the runtime one turn, which \
     is enough only on an idle current-thread runtime. Await the handle after aborting: it returns once the \
     task has really stopped, however busy the runtime is.";

#[test]
fn close_at_returns_only_once_the_task_is_gone_even_on_a_busy_runtime() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("slow", secs(3), &timeline));
        // The shop is busy at closing: a thousand other tasks are due then too.
        crowd_at(Instant::now() + secs(2));

        let outcome = must_not_panic(CANCELLED_IS_NOT_A_FAILURE, close_at(task, secs(2))).await;
        timeline.log("main: closed");
        tokio::time::sleep(secs(3)).await;

        timeline
            .expect(&[
                (secs(0), "slow: start"),
                (secs(2), "slow: cancelled"),
                (secs(2), "main: closed"),
            ])
            .mistake(|t| t.contains("slow: end"), RAN_ON)
            .mistake(|t| !t.contains("slow: start"), NEVER_STARTED)
            .mistake(
                |t| t.logged_before("main: closed", "slow: cancelled"),
                YIELD_IS_NOT_AWAIT,
            )
            .lesson("at 2 s: abort the task, await its handle, then return.")
            .check();
        assert_eq!(
            outcome,
            AtClosing::Cancelled,
            "the abort stopped the task: handle.await gave Err(e) with e.is_cancelled()"
        );
    });
}

#[test]
fn a_task_that_crashed_before_closing_passes_its_panic_on_at_closing() {
    paused(async || {
        let timeline = Timeline::start();
        let owned = timeline.clone();
        // Panics at 1 s with "flaky service unavailable"; logs `flaky: cancelled` if aborted.
        let crashing = async move { broken_service("flaky", secs(1), &owned).await };
        let task = tokio::spawn(timeline.on_cancel("flaky", crashing));

        let outcome = catch_panic(close_at(task, secs(2))).await;
        timeline.log("main: closing is over");

        timeline
            .expect(&[
                (secs(0), "flaky: start"),
                (secs(2), "main: closing is over"),
            ])
            .mistake(|t| !t.contains("flaky: start"), NEVER_STARTED)
            .mistake(
                |t| t.contains("flaky: cancelled"),
                "the task was aborted at 0 s, long before closing, so it never got as far as \
                 its crash. Abort at closing time: sleep until closing first, then \
                 task.abort().",
            )
            .lesson("close_at passes the crash on at closing time, 2 s, like any outcome.")
            .check();
        match outcome {
            Err(message) if message == "flaky service unavailable" => {}
            Ok(AtClosing::Cancelled) => panic!(
                "the task crashed at 1 s, and close_at reported it Cancelled. A crash is not \
                 a cancellation: its handle.await gave Err(e) with e.is_panic(), not \
                 e.is_cancelled(). Only AtClosing::Cancelled when e.is_cancelled(); pass a \
                 panic on: std::panic::resume_unwind(e.into_panic())."
            ),
            Ok(AtClosing::Finished(_)) => panic!(
                "the task crashed at 1 s, and close_at reported it Finished with an answer \
                 it never gave"
            ),
            Err(message) => panic!(
                "close_at panicked with `{message}` instead of passing the task's own panic \
                 on (`flaky service unavailable`): it is not yours to reword. \
                 std::panic::resume_unwind(e.into_panic()) re-raises it unchanged."
            ),
        }
    });
}
