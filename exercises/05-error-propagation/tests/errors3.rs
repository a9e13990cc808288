//! errors3: every outcome, refusals and all.
//! Run: `cargo test --test errors3`

use std::any::Any;

use error_propagation::errors3::{Availability, availability};
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Timeline, assert_eq, ms, paused, secs};

/// Bread, grapes, cheese and apple have stock; eggs, honey, figs and dates
/// refuse. In each list, the order given is neither alphabetical, nor the
/// order they answer in, nor its reverse.
fn eight_warehouses() -> Vec<Warehouse> {
    vec![
        Warehouse::stocked("bread", secs(3)),
        Warehouse::out_of_stock("eggs", ms(2500)),
        Warehouse::stocked("grapes", ms(750)),
        Warehouse::stocked("cheese", secs(1)),
        Warehouse::unreachable("honey", ms(1250)),
        Warehouse::unreachable("figs", ms(500)),
        Warehouse::stocked("apple", secs(2)),
        Warehouse::out_of_stock("dates", ms(1500)),
    ]
}

fn product(refusal: &ShopError) -> &str {
    match refusal {
        ShopError::OutOfStock(product) | ShopError::Unreachable(product) => product,
    }
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
     the loop stopped at the first refusal it met, as if an error ended the job. Every outcome was \
     asked for: keep the refusal and go on to the next handle.";

const COMPLETION_ORDER: &str = "every answer is there, but in the order the warehouses \
     answered. Each list follows the order given: await the handles in that order, or let \
     each task carry its place in the list.";

const SORTED: &str = "every answer is there, but sorted by product. Each list follows the \
     order given, which is not alphabetical here.";

const NOT_UNCHANGED: &str = "the crash reached the caller with the warehouse's words, but as \
     a new panic: panic!(\"{}\", ..) raises a String from your line, where the warehouse \
     raised a &'static str from its own. Pass the original on unchanged: \
     std::panic::resume_unwind(e.into_panic()).";

const ONE_AT_A_TIME: &str = "each warehouse was asked only after the one before it had \
     answered: a task spawned and awaited at once is no better than a plain call. Spawn \
     every ask first, then await the handles.";

const NOT_A_TASK_EACH: &str = "the warehouses' lines were not each logged by a task of \
     their own: every ask runs in its own tokio::spawn (one task per warehouse), so that a \
     crash stays inside its task and the asks run at once.";

const REFUSALS_LOST: &str = "the refusals vanished. A task that answers Err(refusal) has \
     still succeeded as a task: handle.await gives Ok(Err(refusal)), and a match that only \
     keeps Ok(Ok(..)) drops it. Look inside both layers.";

#[test]
fn every_warehouse_is_heard_even_after_a_refusal() {
    paused(async || {
        let timeline = Timeline::start();

        let sorted = availability(eight_warehouses(), &timeline).await;

        let expected = Availability {
            in_stock: vec![
                in_stock("bread"),
                in_stock("grapes"),
                in_stock("cheese"),
                in_stock("apple"),
            ],
            unavailable: vec![
                ShopError::OutOfStock("eggs".into()),
                ShopError::Unreachable("honey".into()),
                ShopError::Unreachable("figs".into()),
                ShopError::OutOfStock("dates".into()),
            ],
        };
        let products = |a: &Availability| -> (Vec<String>, Vec<String>) {
            (
                a.in_stock.iter().map(|i| i.product.clone()).collect(),
                a.unavailable
                    .iter()
                    .map(|e| product(e).to_owned())
                    .collect(),
            )
        };
        let (yours_in, yours_out) = products(&sorted);
        let same_answers = {
            let (mut a, mut b) = (yours_in.clone(), yours_out.clone());
            a.sort();
            b.sort();
            a == ["apple", "bread", "cheese", "grapes"] && b == ["dates", "eggs", "figs", "honey"]
        };
        let diagnosis = if sorted.in_stock.len() + sorted.unavailable.len() < 8
            && !sorted.unavailable.is_empty()
        {
            STOPPED_AT_A_REFUSAL
        } else if sorted.unavailable.is_empty() {
            REFUSALS_LOST
        } else if same_answers
            && yours_in == ["grapes", "cheese", "apple", "bread"]
            && yours_out == ["figs", "honey", "dates", "eggs"]
        {
            COMPLETION_ORDER
        } else if same_answers && yours_in.is_sorted() && yours_out.is_sorted() {
            SORTED
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

        availability(eight_warehouses(), &timeline).await;
        timeline.log("main: availability known");

        timeline
            .expect(&[
                (ms(0), "bread: start"),
                (ms(0), "eggs: start"),
                (ms(0), "grapes: start"),
                (ms(0), "cheese: start"),
                (ms(0), "honey: start"),
                (ms(0), "figs: start"),
                (ms(0), "apple: start"),
                (ms(0), "dates: start"),
                (ms(500), "figs: refused (unreachable)"),
                (ms(750), "grapes: end"),
                (ms(1000), "cheese: end"),
                (ms(1250), "honey: refused (unreachable)"),
                (ms(1500), "dates: refused (out of stock)"),
                (ms(2000), "apple: end"),
                (ms(2500), "eggs: refused (out of stock)"),
                (ms(3000), "bread: end"),
                (ms(3000), "main: availability known"),
            ])
            .mistake(|t| t.time_of("eggs: start") > Some(ms(0)), ONE_AT_A_TIME)
            .lesson(
                "spawn every ask first, then await the handles: the slowest (3 s) sets \
                 the time, and the refusals do not stop anything.",
            )
            .check();
        let products = [
            "bread", "eggs", "grapes", "cheese", "honey", "figs", "apple", "dates",
        ];
        let starts = products.map(|p| format!("{p}: start"));
        let starts: Vec<&str> = starts.iter().map(String::as_str).collect();
        assert!(
            timeline.events().each_in_a_task_of_its_own(&starts),
            "\n\nWhat went wrong: {NOT_A_TASK_EACH}\n\nThe timeline, with the task that \
             logged each line:\n{}",
            timeline.events()
        );
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
             own panic: a new panic of yours (unwrap() or expect() on the JoinError, or \
             panic!) replaced it. std::panic::resume_unwind(e.into_panic()) re-raises the \
             original, message and all.\n"
        );
        assert!(
            payload.downcast_ref::<&'static str>().is_some(),
            "\n\nWhat went wrong: {NOT_UNCHANGED}\n"
        );
        assert_eq!(
            timeline.elapsed(),
            secs(2),
            "bread crashes at 2 s, when apple (1 s) has long answered, so its panic reaches \
             the caller at 2 s: later means the warehouses were not all asked at once"
        );
    });
}
