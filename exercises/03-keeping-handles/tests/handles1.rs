//! handles1: keep the handle until the work is done.
//! Run: `cargo test --test handles1`
//!
//! Each test ends right after `take_order` returns, the way a program ends
//! after `main`: whatever is still running then dies with the runtime.

use keeping_handles::handles1::take_order;
use tasklings::{Events, Timeline, paused, seconds, secs};

const ONE_AFTER_THE_OTHER: &str = "take_order sent the e-mail itself and waited for it to \
     go out before packing the box: one after the other, 3 s in all. Start the e-mail with \
     tokio::spawn, pack the box while it goes out, and await its handle after that.";

const AWAITED_TOO_EARLY: &str = "the box was packed only after the e-mail had gone out \
     (2 s + 1 s = 3 s): the handle was awaited right after the spawn. Spawn the e-mail, pack \
     the box, and await the handle after that.";

const WORDS: &str = "every event came at the right time, so the timing is right: only the words \
     of a line differ (the ✗ lines below). Log exactly \"order: done\", character for \
     character.";

const DONE_BEFORE_THE_MAIL: &str = "\"order: done\" was logged before the e-mail had gone \
     out: the handle was awaited only after the line that claims the order is done. Await the \
     e-mail's handle first, then log \"order: done\".";

/// take_order returned (logged "order: done") while the e-mail was still
/// on its way, and the end of the test dropped it.
fn lost_at_shutdown(t: &Events) -> String {
    let returned = t
        .time_of("order: done")
        .map_or("returned".to_owned(), |at| {
            format!("logged \"order: done\" at {} and returned", seconds(at))
        });
    let guessed = match t.time_of("order: done") {
        Some(at) if at > secs(1) => {
            " Waiting some other way (a sleep, a yield, a check of is_finished()) only \
             guesses when the task ends; its handle knows."
        }
        _ => "",
    };
    format!(
        "take_order {returned} while the e-mail was still being sent, and nothing waited for \
         it. When the program ends (here: the test), the runtime drops every unfinished task \
         mid-way (only spawn_blocking jobs are waited for), so this mail was never sent. Dropping the JoinHandle, or keeping it in a \
         variable that is never awaited, does not wait for the task.{guessed} Await the \
         e-mail's handle before logging \"order: done\"."
    )
}

#[test]
fn the_email_is_sent_before_take_order_returns() {
    paused(async || {
        let timeline = Timeline::start();

        take_order(&timeline).await;

        let events = timeline.events();
        timeline
            .expect(&[
                (secs(0), "mail: sending"),
                (secs(1), "box: packed"),
                (secs(2), "mail: sent"),
                (secs(2), "order: done"),
            ])
            .mistake(
                |t| {
                    t.time_of("box: packed") == Some(secs(3))
                        && !t.logged_in_spawned_task("mail: sending")
                },
                ONE_AFTER_THE_OTHER,
            )
            .mistake(|t| !t.contains("mail: sent"), &lost_at_shutdown(&events))
            .mistake(
                |t| t.time_of("box: packed") == Some(secs(3)),
                AWAITED_TOO_EARLY,
            )
            .mistake(
                |t| t.logged_before("order: done", "mail: sent"),
                DONE_BEFORE_THE_MAIL,
            )
            .mistake_in_words(WORDS)
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
        let how = if events.time_of("box: packed") == Some(secs(3)) {
            "It was awaited right there, so the box waited for it too (3 s)."
        } else {
            "tokio::join! (or select!) gets the timing right, but starts no task: it gives you \
             no handle, nothing you could keep, pass on, ask about or cancel."
        };
        assert!(
            events.logged_in_spawned_task("mail: sending"),
            "the e-mail was sent from take_order's own task, not from a task of its own. \
             {how} Start it with tokio::spawn and keep the JoinHandle.\n\
             Your timeline:\n{events}"
        );
    });
}

#[test]
fn take_order_packs_the_box_and_logs_done_itself() {
    paused(async || {
        let timeline = Timeline::start();

        take_order(&timeline).await;

        let events = timeline.events();
        assert!(
            events.contains("box: packed") && !events.logged_in_spawned_task("box: packed"),
            "the box must be packed by take_order itself, while the e-mail's task runs: only \
             the e-mail goes into a task of its own. Call pack_box(timeline).await in \
             take_order, between the spawn and the await of the e-mail's handle.\n\
             Your timeline:\n{events}"
        );
        assert!(
            events.contains("order: done"),
            "take_order must log \"order: done\", in exactly these words, once the e-mail \
             has gone out.\nYour timeline:\n{events}"
        );
        assert!(
            !events.logged_in_spawned_task("order: done"),
            "\"order: done\" must be logged by take_order, once it has awaited the e-mail's \
             handle: only take_order knows both the box and the e-mail are done (the e-mail's \
             task knows only about the e-mail).\nYour timeline:\n{events}"
        );
    });
}
