//! spawning3: `join!` or `spawn`?
//! Run: `cargo test --test spawning3`

use spawning::spawning3::{quote_with_join, start_quote};
use tasklings::{Events, Timeline, assert_eq, ms, paused, secs};

const SEQUENTIAL: &str = "one check started only when the other had ended (2 s + 1 s = 3 s): \
     the two checks were awaited one after the other. \
     Get both answers at once: tokio::join!(check_inventory(..), estimate_shipping(..)).";

const STARTED_TWICE: &str = "a check started twice: tokio::select! finishes with the first \
     answer and drops the other future, which then had to start over from the beginning. \
     tokio::join! waits for both futures and keeps both answers.";

// The second check started when the first ended: shipping at 2 s after
// inventory, or inventory at 1 s after shipping.
const TASK_SEQUENTIAL: &str = "start_quote returned at once, but inside its task one check \
     started only when the other had ended (2 s + 1 s = 3 s): the task awaited them one after \
     the other. Inside the task, get both answers at once with tokio::join! (or call \
     quote_with_join).";

fn sequential(t: &Events) -> bool {
    t.time_of("shipping: start") == Some(secs(2)) || t.time_of("inventory: start") == Some(secs(1))
}

fn started_twice(t: &Events) -> bool {
    t.count("inventory: start") > 1 || t.count("shipping: start") > 1
}

// Which check starts first is yours to choose: join!'s argument order, or
// the order of the spawns. Both start at 0 s.
fn starts(t: &Timeline) -> (&'static str, &'static str) {
    if t.events()
        .logged_before("shipping: start", "inventory: start")
    {
        ("shipping: start", "inventory: start")
    } else {
        ("inventory: start", "shipping: start")
    }
}

#[test]
fn join_runs_both_checks_at_once_and_ends_at_2s() {
    paused(async || {
        let timeline = Timeline::start();

        let (inventory, shipping) = quote_with_join("item_9876", &timeline).await;
        timeline.log("main: quote ready");

        let (first, second) = starts(&timeline);
        timeline
            .expect(&[
                (secs(0), first),
                (secs(0), second),
                (secs(1), "shipping: end"),
                (secs(2), "inventory: end"),
                (secs(2), "main: quote ready"),
            ])
            .mistake(started_twice, STARTED_TWICE)
            .mistake(sequential, SEQUENTIAL)
            .lesson("tokio::join! both checks: they run at once and end with the slower, at 2 s.")
            .check();
        assert_eq!(
            (inventory.product.as_str(), shipping.product.as_str()),
            ("item_9876", "item_9876")
        );
    });
}

#[test]
fn join_needs_no_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        // The caller is a task, so we can see whose task each check ran in.
        let caller = tokio::spawn({
            let timeline = timeline.clone();
            async move {
                quote_with_join("item_9876", &timeline).await;
                tokio::task::id()
            }
        });
        let caller = caller.await.expect("quote_with_join panicked");

        let events = timeline.events();
        assert!(
            events.task_of("inventory: start") == Some(caller)
                && events.task_of("shipping: start") == Some(caller),
            "quote_with_join spawned tasks. Its caller awaits it anyway, so there is \
             nothing to gain from a task: tokio::join! runs both checks at once \
             inside the caller's own task (task {caller} here).\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn start_quote_returns_at_once_and_the_caller_keeps_working() {
    paused(async || {
        let timeline = Timeline::start();

        let quote = start_quote("item_9876", &timeline);
        timeline.log("caller: packing the box");
        tokio::time::sleep(ms(1500)).await;
        timeline.log("caller: box packed");
        let (inventory, shipping) = quote.await.expect("the quote task panicked");
        timeline.log("caller: quote received");

        let (first, second) = starts(&timeline);
        timeline
            .expect(&[
                (secs(0), "caller: packing the box"),
                (secs(0), first),
                (secs(0), second),
                (secs(1), "shipping: end"),
                (ms(1500), "caller: box packed"),
                (secs(2), "inventory: end"),
                (secs(2), "caller: quote received"),
            ])
            .mistake(started_twice, STARTED_TWICE)
            .mistake(sequential, TASK_SEQUENTIAL)
            .lesson("start_quote spawns one task that joins both checks, and returns its handle at once.")
            .check();
        assert_eq!((inventory.stock, shipping.cost), (15, 500));
    });
}

#[test]
fn start_quote_runs_both_checks_in_the_one_task_it_returns() {
    paused(async || {
        let timeline = Timeline::start();

        let quote = start_quote("item_9876", &timeline);
        let returned = quote.id();
        quote.await.expect("the quote task panicked");

        let events = timeline.events();
        for check in ["inventory: start", "shipping: start"] {
            let ran_in = events.task_of(check);
            assert!(
                ran_in == Some(returned),
                "start_quote spawned more than one task: \"{check}\" was logged by {}, not by \
                 the task whose handle start_quote returned (task {returned}). One task that \
                 join!s both checks is all it takes: a task per check, or a task that \
                 spawns more tasks, only adds tasks to await.\nYour timeline:\n{events}",
                ran_in.map_or("the caller".to_owned(), |id| format!("task {id}"))
            );
        }
    });
}
