//! cancel2: a time limit that really stops the task.
//! Run: `cargo test --test cancel2`
//!
//! The tasks are stock requests that log `<product>: start` and
//! `<product>: end`, and `<product>: cancelled` where an abort stops them.

use cancellation::cancel2::wait_at_most;
use tasklings::shop::stock_request;
use tasklings::{Timeline, paused, secs};

const WAITED_THE_LIMIT: &str = "the answer came at 1 s, but wait_at_most returned only at the \
     2 s limit: it slept the whole limit before looking. timeout(limit, &mut task) returns as \
     soon as the task does, and only waits the full limit when the task is late.";

const RAN_ON: &str = "wait_at_most gave up at 2 s, but the request ran on and ended at 3 s, \
     with nobody waiting for it. When time is up, timeout drops the future it was given; \
     dropping a JoinHandle detaches the task, it does not stop it. Pass &mut task to \
     timeout, so you keep the handle, then task.abort().";

const GONE_AFTER_RETURN: &str = "the request was cancelled only after wait_at_most had \
     returned: abort() only asks, and the task stops when the runtime next gets to it. Await \
     the handle after aborting, so that when you return None the request is really gone.";

#[test]
fn an_answer_in_time_comes_back_at_once() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("fast", secs(1), &timeline));

        let answer = wait_at_most(task, secs(2)).await;
        let product = answer.map(|a| a.product).unwrap_or_default();
        timeline.log(format!("main: got {product:?}"));

        timeline
            .expect(&[
                (secs(0), "fast: start"),
                (secs(1), "fast: end"),
                (secs(1), "main: got \"fast\""),
            ])
            .mistake(
                |t| t.time_of("main: got \"fast\"") == Some(secs(2)),
                WAITED_THE_LIMIT,
            )
            .lesson("an answer within the limit comes back the moment it arrives, as Some(answer).")
            .check();
    });
}

#[test]
fn a_late_task_is_stopped_at_the_limit() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("slow", secs(3), &timeline));

        let answer = wait_at_most(task, secs(2)).await;
        timeline.log(format!("main: gave up, answer {answer:?}"));
        // Wait past the request's own end: a stopped request must not come back.
        tokio::time::sleep(secs(3)).await;

        timeline
            .expect(&[
                (secs(0), "slow: start"),
                (secs(2), "slow: cancelled"),
                (secs(2), "main: gave up, answer None"),
            ])
            .mistake(|t| t.contains("slow: end"), RAN_ON)
            .mistake(
                |t| {
                    t.first_starting_with("main: gave up")
                        .is_some_and(|e| t.logged_before(&e.what, "slow: cancelled"))
                },
                GONE_AFTER_RETURN,
            )
            .lesson("at the 2 s limit: abort the task, await its handle, return None.")
            .check();
    });
}
