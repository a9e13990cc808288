//! cancel2: a time limit that really stops the task.
//! Run: `cargo test --test cancel2`
//!
//! The tasks are stock requests that log `<product>: start` and
//! `<product>: end`, and `<product>: cancelled` where an abort stops them;
//! a broken service logs `<name>: start` and then panics.

use cancellation::cancel2::wait_at_most;
use tasklings::shop::{broken_service, stock_request};
use tasklings::{Timeline, catch_panic, crowd_at, paused, secs};
use tokio::time::Instant;

const WAITED_THE_LIMIT: &str = "the answer came at 1 s, but wait_at_most returned only at the \
     2 s limit: it slept the whole limit before looking. timeout(limit, &mut task) returns as \
     soon as the task does, and only waits the full limit when the task is late.";

const RAN_ON: &str = "wait_at_most gave up at 2 s, but the request ran on and ended at 3 s, \
     with nobody waiting for it. When time is up, timeout drops the future it was given; \
     dropping a JoinHandle detaches the task, it does not stop it. Pass &mut task to \
     timeout, so you keep the handle, then task.abort().";

const GONE_AFTER_RETURN: &str = "the request was cancelled only after wait_at_most had \
     returned: abort() only asks, and the task stops when the runtime next gets to it. Await \
     the handle after aborting (keep it for that: give timeout `&mut task`, not `task`), so \
     that when you return None the request is really gone.";

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

const YIELD_IS_NOT_AWAIT: &str = "wait_at_most returned None before the request was gone: \
     with a thousand other tasks due at the limit too, the runtime had not got to it yet. \
     abort() only asks; a yield_now after it gives the runtime one turn, \
     which is enough only on an idle current-thread runtime. Await the handle after aborting: it returns \
     once the task has really stopped, however busy the runtime is.";

#[test]
fn a_late_task_is_gone_before_wait_at_most_returns_even_on_a_busy_runtime() {
    paused(async || {
        let timeline = Timeline::start();
        let task = tokio::spawn(stock_request("slow", secs(3), &timeline));
        // The runtime is busy at the limit: a thousand other tasks are due then too.
        crowd_at(Instant::now() + secs(2));

        let answer = wait_at_most(task, secs(2)).await;
        timeline.log(format!("main: gave up, answer {answer:?}"));
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
                YIELD_IS_NOT_AWAIT,
            )
            .lesson("at the 2 s limit: abort the task, await its handle, return None.")
            .check();
    });
}

#[test]
fn a_task_that_crashes_in_time_passes_its_panic_on_at_once() {
    paused(async || {
        let timeline = Timeline::start();
        let owned = timeline.clone();
        // Panics at 1 s with "flaky service unavailable", within the 2 s limit.
        let task = tokio::spawn(async move { broken_service("flaky", secs(1), &owned).await });

        let outcome = catch_panic(wait_at_most(task, secs(2))).await;
        timeline.log("main: done waiting");

        match outcome {
            Err(message) if message == "flaky service unavailable" => {}
            Ok(None) => panic!(
                "the task crashed at 1 s, within the limit, and wait_at_most returned None \
                 as if time had run out. A crash is not a time-out: timeout gave \
                 Ok(Err(e)) with e.is_panic(). Pass the panic on: \
                 std::panic::resume_unwind(e.into_panic())."
            ),
            Ok(Some(_)) => {
                panic!("the task crashed at 1 s, and wait_at_most returned an answer it never gave")
            }
            Err(message) => panic!(
                "wait_at_most panicked with `{message}` instead of passing the task's own \
                 panic on (`flaky service unavailable`): it is not yours to reword. \
                 std::panic::resume_unwind(e.into_panic()) re-raises it unchanged."
            ),
        }
        timeline
            .expect(&[(secs(0), "flaky: start"), (secs(1), "main: done waiting")])
            .mistake(
                |t| t.time_of("main: done waiting") == Some(secs(2)),
                "the crash came at 1 s, but wait_at_most passed it on only at the 2 s limit: \
                 it slept the whole limit before looking. timeout(limit, &mut task) returns as \
                 soon as the task ends, however it ends.",
            )
            .lesson("a crash within the limit comes out of wait_at_most the moment it happens.")
            .check();
    });
}
