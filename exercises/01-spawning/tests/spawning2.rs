//! spawning2: many products at once, answers in order.
//! Run: `cargo test --test spawning2`

use spawning::spawning2::check_all;
use tasklings::{Timeline, assert_eq, paused, secs};

const PRODUCTS: [(&str, std::time::Duration); 3] =
    [("apple", secs(3)), ("bread", secs(1)), ("cheese", secs(2))];

#[test]
fn all_warehouses_are_asked_at_once_and_the_slowest_sets_the_time() {
    paused(async || {
        let timeline = Timeline::start();

        check_all(&PRODUCTS, &timeline).await;
        timeline.log("main: all answers in");

        timeline
            .expect(&[
                (secs(0), "apple: start"),
                (secs(0), "bread: start"),
                (secs(0), "cheese: start"),
                (secs(1), "bread: end"),
                (secs(2), "cheese: end"),
                (secs(3), "apple: end"),
                (secs(3), "main: all answers in"),
            ])
            .mistake(
                |t| t.time_of("bread: start") == Some(secs(3)),
                "each request started only when the one before it had ended (3 + 1 + 2 = 6 s). \
                 Spawning a task and awaiting its handle in the same loop step is sequential. \
                 Spawn all the tasks in one loop, then await the handles in a second loop.",
            )
            .lesson("spawn every request before awaiting any; the slowest (3 s) sets the total.")
            .check();
    });
}

#[test]
fn answers_come_back_in_the_order_of_the_input() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = check_all(&PRODUCTS, &timeline).await;

        let products: Vec<&str> = answers.iter().map(|a| a.product.as_str()).collect();
        assert_eq!(
            products,
            ["apple", "bread", "cheese"],
            "the answers must follow the input order. If they came back fastest first, \
             you collected them in completion order (a JoinSet does that): keep the \
             handles in a Vec and await them in order."
        );
    });
}

#[test]
fn no_products_means_no_answers_and_no_waiting() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = check_all(&[], &timeline).await;

        assert!(
            answers.is_empty(),
            "no products were asked for, yet answers came back"
        );
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "with nothing to ask, check_all should return at once"
        );
    });
}
