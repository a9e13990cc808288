//! cancel1: closing time.
//! Run: `cargo test --test cancel1`
//!
//! The tasks are stock requests that log `<product>: start` and
//! `<product>: end`, and `<product>: cancelled` where an abort stops them.

use cancellation::cancel1::{AtClosing, close_at};
use tasklings::shop::stock_request;
use tasklings::{Timeline, assert_eq, must_not_panic, paused, secs};

const CANCELLED_IS_NOT_A_FAILURE: &str = "close_at panicked when the task it had aborted came \
     back cancelled. For an aborted task, handle.await gives Err(e) with e.is_cancelled(): \
     that is the outcome you asked for, not a failure to unwrap. Match on it and return \
     AtClosing::Cancelled.";

const RAN_ON: &str = "the task ran on after closing and ended at 3 s: nothing aborted it. \
     Reporting a task as cancelled does not cancel it; call task.abort() at closing time.";

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

        let AtClosing::Finished(answer) = outcome else {
            panic!(
                "the task had finished at 1 s, before closing at 2 s, yet close_at reported \
                 it cancelled and its answer was lost. abort() does nothing to a task that \
                 has finished; only awaiting the handle tells you which happened: Ok(answer), \
                 or Err(e) with e.is_cancelled()."
            )
        };
        assert_eq!(answer.product, "fast", "the answer is the task's own");
        timeline
            .expect(&[
                (secs(0), "fast: start"),
                (secs(1), "fast: end"),
                (secs(2), "main: closed"),
            ])
            .lesson("close_at waits until closing time even when the task ended earlier.")
            .check();
    });
}
