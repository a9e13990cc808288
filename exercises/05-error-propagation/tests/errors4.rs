//! errors4: fail fast.
//! Run: `cargo test --test errors4`
//!
//! The warehouses log `<product>: start`, then `<product>: end` or
//! `<product>: refused (...)`, and `<product>: cancelled` where an abort
//! stops them.

use error_propagation::errors4::reserve_all;
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Events, Timeline, assert_eq, ms, paused, secs};

/// Runs `reserve_all`, logs that it returned, then waits long past every
/// warehouse's own time: a reservation that was stopped must not come back.
async fn reserve(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let outcome = reserve_all(warehouses, timeline).await;
    timeline.log("main: reserve_all returned");
    tokio::time::sleep(secs(5)).await;
    outcome
}

const LEFT_RUNNING: &str = "reserve_all returned the refusal at once, but apple's \
     reservation ran on and answered later, holding stock for an order that will never be \
     placed. Abort every task still running before you return: JoinSet::shutdown() \
     aborts them all and waits until each is gone.";

const NOT_FAST: &str = "the refusal came at 1 s, but reserve_all gave up only later: it \
     waited for warehouses that were listed before bread, or for all of them. Take the \
     tasks in the order they finish, with join_next().await on a JoinSet, and give up at \
     the first refusal.";

const GONE_AFTER_RETURN: &str = "the other reservations were cancelled only after \
     reserve_all had returned: dropping a JoinSet (or calling abort) only asks them to \
     stop. Wait until they are gone before returning: JoinSet::shutdown().await.";

fn returned_at(t: &Events) -> Option<std::time::Duration> {
    t.time_of("main: reserve_all returned")
}

/// Apple answered after reserve_all had given up on the order.
fn ran_on(t: &Events) -> bool {
    t.0.iter()
        .any(|e| e.what.starts_with("apple: ") && e.at > secs(1))
}

fn cancelled_after_return(t: &Events) -> bool {
    t.contains("apple: cancelled")
        && t.logged_before("main: reserve_all returned", "apple: cancelled")
}

fn stock(product: &str) -> Inventory {
    Inventory {
        product: product.to_owned(),
        stock: 15,
    }
}

#[test]
fn the_first_refusal_ends_the_call_and_stops_the_rest_at_once() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(3)),
            Warehouse::out_of_stock("bread", secs(1)),
            Warehouse::stocked("cheese", ms(500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "apple: start"),
                (ms(0), "bread: start"),
                (ms(0), "cheese: start"),
                (ms(500), "cheese: end"),
                (ms(1000), "bread: refused (out of stock)"),
                (ms(1000), "apple: cancelled"),
                (ms(1000), "main: reserve_all returned"),
            ])
            .mistake(|t| returned_at(t) > Some(secs(1)), NOT_FAST)
            .mistake(ran_on, LEFT_RUNNING)
            .mistake(cancelled_after_return, GONE_AFTER_RETURN)
            .lesson(
                "at 1 s, when bread refuses: stop apple, wait until it is gone, and return \
                 bread's refusal.",
            )
            .check();
        assert_eq!(
            outcome,
            Err(ShopError::OutOfStock("bread".into())),
            "reserve_all returns the refusal it gave up on"
        );
    });
}

#[test]
fn the_refusal_returned_is_the_first_to_happen_not_the_first_listed() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::out_of_stock("apple", secs(2)),
            Warehouse::unreachable("bread", secs(1)),
            Warehouse::stocked("cheese", ms(500)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        timeline
            .expect(&[
                (ms(0), "apple: start"),
                (ms(0), "bread: start"),
                (ms(0), "cheese: start"),
                (ms(500), "cheese: end"),
                (ms(1000), "bread: refused (unreachable)"),
                (ms(1000), "apple: cancelled"),
                (ms(1000), "main: reserve_all returned"),
            ])
            .mistake(|t| returned_at(t) > Some(secs(1)), NOT_FAST)
            .mistake(ran_on, LEFT_RUNNING)
            .mistake(cancelled_after_return, GONE_AFTER_RETURN)
            .lesson("bread refuses first, at 1 s, though apple is listed first.")
            .check();
        assert_eq!(
            outcome,
            Err(ShopError::Unreachable("bread".into())),
            "the refusal to return is the first to happen (bread, at 1 s), not the first \
             in the list (apple, due at 2 s)"
        );
    });
}

#[test]
fn when_every_warehouse_has_stock_the_answers_follow_the_list() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(3)),
            Warehouse::stocked("bread", secs(1)),
            Warehouse::stocked("cheese", secs(2)),
        ];

        let outcome = reserve(warehouses, &timeline).await;

        assert_eq!(
            returned_at(&timeline.events()),
            Some(secs(3)),
            "with no refusal, reserve_all returns when the slowest answers, at 3 s"
        );
        assert_eq!(
            outcome,
            Ok(vec![stock("apple"), stock("bread"), stock("cheese")]),
            "the answers come back in the order of the list, not the order they arrived: \
             let each task carry its place in the list, and put its answer there"
        );
    });
}
