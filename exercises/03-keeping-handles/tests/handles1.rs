//! handles1: keep the handle until the work is done.
//! Run: `cargo test --test handles1`
//!
//! Each test ends right after `take_order` returns, the way a program ends
//! after `main`: whatever is still running then dies with the runtime.

use keeping_handles::handles1::take_order;
use tasklings::{Timeline, paused, secs};

const LOST_AT_SHUTDOWN: &str = "take_order returned at 1 s while the e-mail was still being \
     sent, and nothing waited for it. When the program ends (here: the test), the runtime drops \
     every unfinished task mid-way, so this mail was never sent. Dropping the JoinHandle, or \
     keeping it in a variable that is never awaited, does not wait for the task. Await the \
     e-mail's handle before logging \"order: done\".";

const AWAITED_TOO_EARLY: &str = "the box was packed only after the e-mail had gone out \
     (2 s + 1 s = 3 s): the handle was awaited right after the spawn. Spawn the e-mail, pack \
     the box, and await the handle after that.";

#[test]
fn the_email_is_sent_before_take_order_returns() {
    paused(async || {
        let timeline = Timeline::start();

        take_order(&timeline).await;

        timeline
            .expect(&[
                (secs(0), "mail: sending"),
                (secs(1), "box: packed"),
                (secs(2), "mail: sent"),
                (secs(2), "order: done"),
            ])
            .mistake(|t| !t.contains("mail: sent"), LOST_AT_SHUTDOWN)
            .mistake(
                |t| t.time_of("box: packed") == Some(secs(3)),
                AWAITED_TOO_EARLY,
            )
            .lesson(
                "spawn the e-mail, pack the box, then await the e-mail's handle and log \
                 \"order: done\".",
            )
            .check();
    });
}

#[test]
fn the_email_goes_out_from_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        take_order(&timeline).await;

        let events = timeline.events();
        assert!(
            events.logged_in_spawned_task("mail: sending"),
            "the e-mail was sent from take_order's own task, not from a task of its own. \
             tokio::join! gets the timing right, but gives you no handle: nothing you could \
             keep, pass on, ask about or cancel. Start it with tokio::spawn.\n\
             Your timeline:\n{events}"
        );
    });
}
