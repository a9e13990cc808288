//! naming3: which task just finished?
//! Run: `cargo test --test naming3`

use naming::naming3::as_they_answer;
use tasklings::{Timeline, assert_eq, paused, secs};

// Stock is the length of the name: cheese 6, fig 3, bread 5.
const PRODUCTS: [(&str, std::time::Duration); 3] =
    [("cheese", secs(3)), ("fig", secs(1)), ("bread", secs(2))];

const NAMES_IN_SPAWN_ORDER: &str = "at 1 s the answer 3 came in (fig's: fig takes 1 s) and you put \
     it down to cheese, the first product you spawned. Results come in the order the tasks \
     end, not the order you spawned them. Remember each task's id with its product \
     (set.spawn(..).id()) and look the id up when join_next_with_id hands it back.";

const AWAITED_IN_SPAWN_ORDER: &str = "fig answered at 1 s but you logged it only at 3 s, after \
     cheese: the handles were awaited in the order they were spawned, so a fast answer waits \
     behind every slower one spawned before it. join_next_with_id gives each result the moment \
     its task ends.";

#[test]
fn each_answer_is_named_and_logged_the_moment_it_comes() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_answer(&PRODUCTS, &timeline).await;

        timeline
            .expect(&[
                (secs(0), "cheese: start"),
                (secs(0), "fig: start"),
                (secs(0), "bread: start"),
                (secs(1), "fig: end"),
                (secs(1), "main: fig answered 3"),
                (secs(2), "bread: end"),
                (secs(2), "main: bread answered 5"),
                (secs(3), "cheese: end"),
                (secs(3), "main: cheese answered 6"),
            ])
            .mistake(
                |t| t.time_of("main: cheese answered 3") == Some(secs(1)),
                NAMES_IN_SPAWN_ORDER,
            )
            .mistake(
                |t| t.time_of("main: fig answered 3") == Some(secs(3)),
                AWAITED_IN_SPAWN_ORDER,
            )
            .lesson(
                "spawn every fetch into a JoinSet, keep a map from task id to product, and \
                 log each answer as join_next_with_id returns it.",
            )
            .check();
    });
}

#[test]
fn each_stock_is_paired_with_the_product_whose_task_answered_it() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = as_they_answer(&PRODUCTS, &timeline).await;

        let expected = [("fig", 3), ("bread", 5), ("cheese", 6)].map(|(p, s)| (p.to_owned(), s));
        assert_eq!(
            answers, expected,
            "the answers, in the order they came, each with its own product's name \
             (the stock is the length of the name: fig 3, bread 5, cheese 6)"
        );
    });
}

#[test]
fn no_products_means_no_answers_and_no_waiting() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = as_they_answer(&[], &timeline).await;

        assert!(answers.is_empty(), "no products, yet answers came back");
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "with nothing to ask, return at once"
        );
    });
}
