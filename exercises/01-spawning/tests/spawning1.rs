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

const SHIPPING_AWAITED_TOO_EARLY: &str = "inventory started only at 1 s, when shipping had \
     ended: the shipping handle was awaited before inventory was spawned. \
     Spawn both tasks first; await the handles after \"main: tasks created\".";

const ONE_SPAWNED_IN_TURN: &str = "only one check was spawned; the other was awaited in \
     order_summary's own task, and the two ran one after the other (3 s). Spawn both checks \
     with tokio::spawn, then await both handles.";

const NOT_IN_BETWEEN: &str = "\"main: tasks created\" must come after both spawns and before \
     the checks start: a spawned task waits until your function reaches an .await that waits. \
     Log it right after the two tokio::spawn calls, before awaiting anything.";

// The second check started when the first ended: at 2 s after inventory, or
// at 1 s after shipping, whichever was spawned first.
fn one_after_the_other(t: &Events) -> bool {
    t.time_of("shipping: start") == Some(secs(2)) || t.time_of("inventory: start") == Some(secs(1))
}

fn spawned_nothing(t: &Events) -> bool {
    !t.logged_in_spawned_task("inventory: start") && !t.logged_in_spawned_task("shipping: start")
}

fn spawned_both(t: &Events) -> bool {
    t.logged_in_spawned_task("inventory: start") && t.logged_in_spawned_task("shipping: start")
}

#[test]
fn both_checks_start_at_once_and_the_order_is_ready_at_2s() {
    paused(async || {
        let timeline = Timeline::start();

        order_summary("item_9876", &timeline).await;

        // Which check is spawned first is yours to choose: both start at 0 s.
        let events = timeline.events();
        let (first, second) = if events.logged_before("shipping: start", "inventory: start") {
            ("shipping: start", "inventory: start")
        } else {
            ("inventory: start", "shipping: start")
        };
        timeline
            .expect(&[
                (secs(0), "main: tasks created"),
                (secs(0), first),
                (secs(0), second),
                (secs(1), "shipping: end"),
                (secs(2), "inventory: end"),
            ])
            .mistake(
                |t| one_after_the_other(t) && spawned_nothing(t),
                AWAITED_WITHOUT_SPAWNING,
            )
            .mistake(
                |t| one_after_the_other(t) && !spawned_both(t),
                ONE_SPAWNED_IN_TURN,
            )
            .mistake(
                |t| t.time_of("shipping: start") == Some(secs(2)),
                AWAITED_TOO_EARLY,
            )
            .mistake(
                |t| t.time_of("inventory: start") == Some(secs(1)),
                SHIPPING_AWAITED_TOO_EARLY,
            )
            .mistake(
                |t| {
                    !t.logged_before("main: tasks created", "inventory: start")
                        || !t.logged_before("main: tasks created", "shipping: start")
                },
                NOT_IN_BETWEEN,
            )
            .lesson("spawn both checks, log \"main: tasks created\", then await both handles.")
            .check();
        // The timeline cannot tell a line logged just before the spawns from
        // one just after; the count of tasks alive at that line can. Checks
        // not spawned one to a task are each_check_runs_in_a_task_of_its_own's
        // to name.
        let events = timeline.events();
        let created = events.new_tasks_alive_when("main: tasks created");
        assert!(
            !events.each_in_a_task_of_its_own(&["inventory: start", "shipping: start"])
                || created.is_none_or(|tasks| tasks >= 2),
            "\"main: tasks created\" was logged when {} of the two check tasks had been \
             spawned. Log it after both tokio::spawn calls, when it is true.\nYour timeline:\n{}",
            created.unwrap_or_default(),
            events
        );
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
            inventory.is_some() || shipping.is_some(),
            "the checks ran inside order_summary's own task, not in spawned tasks. \
             tokio::join! (or awaiting one by one) never creates a task; this exercise \
             is about tokio::spawn, which does.\nYour timeline:\n{events}"
        );
        assert!(
            inventory.is_some(),
            "only shipping was spawned: the inventory check ran inside order_summary's own \
             task (awaited there, not spawned). Spawn it too, with tokio::spawn, and await \
             its handle.\nYour timeline:\n{events}"
        );
        assert!(
            shipping.is_some(),
            "only inventory was spawned: the shipping estimate ran inside order_summary's own \
             task (awaited there, not spawned). Spawn it too, with tokio::spawn, and await \
             its handle.\nYour timeline:\n{events}"
        );
        assert!(
            inventory != shipping,
            "both checks ran in the same spawned task. Spawn one task per check, \
             so that each can run, be awaited and fail on its own.\nYour timeline:\n{events}"
        );
    });
}

#[test]
fn the_summary_holds_both_answers_for_the_product() {
    paused(async || {
        let timeline = Timeline::start();

        // Not the article's item_9876: the answers must be for the product asked about.
        let (inventory, shipping) = order_summary("item_4321", &timeline).await;

        assert_eq!(
            inventory.product, "item_4321",
            "the inventory answer is for another product"
        );
        assert_eq!(inventory.stock, 15);
        assert_eq!(
            shipping.product, "item_4321",
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
