//! errors3: every outcome, refusals and all.
//! Run: `cargo test --test errors3`

use std::any::Any;

use error_propagation::errors3::{Availability, availability};
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Timeline, assert_eq, ms, paused, secs};

/// Apple and cheese have stock; bread is out of stock, dates unreachable.
fn four_warehouses() -> Vec<Warehouse> {
    vec![
        Warehouse::stocked("apple", secs(3)),
        Warehouse::out_of_stock("bread", secs(1)),
        Warehouse::stocked("cheese", secs(2)),
        Warehouse::unreachable("dates", ms(500)),
    ]
}

fn in_stock(product: &str) -> Inventory {
    Inventory {
        product: product.to_owned(),
        stock: 15,
    }
}

fn text(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no text)")
}

const STOPPED_AT_A_REFUSAL: &str = "the answers after the first refusal were never collected: \
     the loop stopped at bread's refusal, as if an error ended the job. Every outcome was \
     asked for: keep the refusal and go on to the next handle.";

const REFUSALS_LOST: &str = "the refusals vanished. A task that answers Err(refusal) has \
     still succeeded as a task: handle.await gives Ok(Err(refusal)), and a match that only \
     keeps Ok(Ok(..)) drops it. Look inside both layers.";

#[test]
fn every_warehouse_is_heard_even_after_a_refusal() {
    paused(async || {
        let timeline = Timeline::start();

        let sorted = availability(four_warehouses(), &timeline).await;

        let expected = Availability {
            in_stock: vec![in_stock("apple"), in_stock("cheese")],
            unavailable: vec![
                ShopError::OutOfStock("bread".into()),
                ShopError::Unreachable("dates".into()),
            ],
        };
        let diagnosis = if sorted.in_stock.len() + sorted.unavailable.len() < 4
            && !sorted.unavailable.is_empty()
        {
            STOPPED_AT_A_REFUSAL
        } else if sorted.unavailable.is_empty() {
            REFUSALS_LOST
        } else {
            "every answer goes into one of the two lists, each in the order given."
        };
        assert_eq!(sorted, expected, "\n\nWhat went wrong: {diagnosis}\n");
    });
}

#[test]
fn all_warehouses_are_asked_at_once_and_all_are_waited_for() {
    paused(async || {
        let timeline = Timeline::start();

        availability(four_warehouses(), &timeline).await;
        timeline.log("main: availability known");

        timeline
            .expect(&[
                (ms(0), "apple: start"),
                (ms(0), "bread: start"),
                (ms(0), "cheese: start"),
                (ms(0), "dates: start"),
                (ms(500), "dates: refused (unreachable)"),
                (ms(1000), "bread: refused (out of stock)"),
                (ms(2000), "cheese: end"),
                (ms(3000), "apple: end"),
                (ms(3000), "main: availability known"),
            ])
            .lesson(
                "spawn every ask first, then await the handles: the slowest (3 s) sets \
                 the time, and the refusals do not stop anything.",
            )
            .check();
    });
}

#[test]
fn a_crash_is_passed_on_with_its_own_message() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(1)),
            Warehouse::crashes("bread", secs(2), "the bread scanner is on fire"),
        ];

        // In a task of its own, so that the test sees its panic as a JoinError.
        let call = tokio::spawn({
            let timeline = timeline.clone();
            async move { availability(warehouses, &timeline).await }
        });
        let outcome = call.await;

        let error = match outcome {
            Ok(sorted) => panic!(
                "availability returned {sorted:?} although bread's warehouse crashed. A \
                 panic is a bug, not an answer: filed as a refusal (or dropped), it is \
                 hidden. Pass it on: std::panic::resume_unwind(e.into_panic())."
            ),
            Err(error) => error,
        };
        let payload = error.into_panic();
        if text(payload.as_ref()).starts_with("not yet implemented") {
            std::panic::resume_unwind(payload); // the stub's todo!(), as it is
        }
        assert_eq!(
            text(payload.as_ref()),
            "the bread scanner is on fire",
            "\n\nWhat went wrong: the crash reached the caller, but not as the warehouse's \
             own panic. unwrap() raises a new panic about a JoinError; \
             std::panic::resume_unwind(e.into_panic()) re-raises the original, message \
             and all.\n"
        );
        assert_eq!(timeline.elapsed(), secs(2), "bread crashed at 2 s");
    });
}
