//! spawning3: `join!` or `spawn`?
//! Run: `cargo test --test spawning3`

use spawning::spawning3::{quote_with_join, start_quote};
use tasklings::{Events, Timeline, assert_eq, ms, paused, secs};

const SEQUENTIAL: &str = "shipping started only when inventory had ended (2 s + 1 s = 3 s): \
     the two checks were awaited one after the other. \
     Get both answers at once: tokio::join!(check_inventory(..), estimate_shipping(..)).";

fn sequential(t: &Events) -> bool {
    t.time_of("shipping: start") == Some(secs(2))
}

#[test]
fn join_runs_both_checks_at_once_and_ends_at_2s() {
    paused(async || {
        let timeline = Timeline::start();

        let (inventory, shipping) = quote_with_join("item_9876", &timeline).await;
        timeline.log("main: quote ready");

        timeline
            .expect(&[
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(1), "shipping: end"),
                (secs(2), "inventory: end"),
                (secs(2), "main: quote ready"),
            ])
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

        quote_with_join("item_9876", &timeline).await;

        let events = timeline.events();
        assert!(
            !events.logged_in_spawned_task("inventory: start")
                && !events.logged_in_spawned_task("shipping: start"),
            "quote_with_join spawned tasks. Its caller awaits it anyway, so there is \
             nothing to gain from a task: tokio::join! runs both checks at once \
             inside the caller's own task.\nYour timeline:\n{events}"
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

        timeline
            .expect(&[
                (secs(0), "caller: packing the box"),
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(1), "shipping: end"),
                (ms(1500), "caller: box packed"),
                (secs(2), "inventory: end"),
                (secs(2), "caller: quote received"),
            ])
            .mistake(sequential, SEQUENTIAL)
            .lesson("start_quote spawns one task that joins both checks, and returns its handle at once.")
            .check();
        assert_eq!((inventory.stock, shipping.cost), (15, 500));
    });
}
