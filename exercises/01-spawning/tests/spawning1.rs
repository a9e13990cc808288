//! spawning1: inventory and shipping at once.
//! Run: `cargo test --test spawning1`

use spawning::spawning1::order_summary;
use tasklings::{Events, Timeline, assert_eq, paused, secs};

const AWAITED_WITHOUT_SPAWNING: &str = "the checks ran one after the other and ended at 3 s. \
     Awaiting a future runs it to the end before the next line starts. \
     Spawn both checks with tokio::spawn first, then await both handles.";

const AWAITED_TOO_EARLY: &str = "shipping started only at 2 s, when inventory had ended: \
     the inventory handle was awaited before shipping was spawned. \
     Spawn both tasks first; await the handles after \"main: tasks created\".";

const NOT_IN_BETWEEN: &str = "\"main: tasks created\" must come after both spawns and before \
     the checks start: a spawned task waits until your function reaches an .await. \
     Log it right after the two tokio::spawn calls, before awaiting anything.";

fn sequential(t: &Events) -> bool {
    t.time_of("shipping: start") == Some(secs(2))
}

#[test]
fn both_checks_start_at_once_and_the_order_is_ready_at_2s() {
    paused(async || {
        let timeline = Timeline::start();

        order_summary("item_9876", &timeline).await;

        timeline
            .expect(&[
                (secs(0), "main: tasks created"),
                (secs(0), "inventory: start"),
                (secs(0), "shipping: start"),
                (secs(1), "shipping: end"),
                (secs(2), "inventory: end"),
            ])
            .mistake(
                |t| sequential(t) && !t.logged_in_spawned_task("shipping: start"),
                AWAITED_WITHOUT_SPAWNING,
            )
            .mistake(sequential, AWAITED_TOO_EARLY)
            .mistake(
                |t| !t.logged_before("main: tasks created", "inventory: start"),
                NOT_IN_BETWEEN,
            )
            .lesson("spawn both checks, log \"main: tasks created\", then await both handles.")
            .check();
    });
}

#[test]
fn each_check_runs_in_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        order_summary("item_9876", &timeline).await;

        let events = timeline.events();
        let inventory = events.task_of("inventory: start");
        let shipping = events.task_of("shipping: start");
        assert!(
            inventory.is_some() && shipping.is_some(),
            "the checks ran inside order_summary's own task, not in spawned tasks. \
             tokio::join! (or awaiting one by one) never creates a task; this exercise \
             is about tokio::spawn, which does.\nYour timeline:\n{events}"
        );
        assert!(
            inventory != shipping,
            "both checks ran in the same spawned task. Spawn one task per check, \
             so that each can run, be awaited and fail on its own."
        );
    });
}

#[test]
fn the_summary_holds_both_answers_for_the_product() {
    paused(async || {
        let timeline = Timeline::start();

        let (inventory, shipping) = order_summary("item_9876", &timeline).await;

        assert_eq!(
            inventory.product, "item_9876",
            "the inventory answer is for another product"
        );
        assert_eq!(inventory.stock, 15);
        assert_eq!(
            shipping.product, "item_9876",
            "the shipping answer is for another product"
        );
        assert_eq!((shipping.cost, shipping.days), (500, 2));
        assert_eq!(
            timeline.elapsed(),
            secs(2),
            "order_summary should return at 2 s, when the slower check ends"
        );
    });
}
