//! handles2: answers as they come, with a `JoinSet`.
//! Run: `cargo test --test handles2`

use std::time::Duration;

use keeping_handles::handles2::as_they_come;
use tasklings::{Events, Timeline, assert_eq, paused, secs};

/// Listed slowest first: apple answers at 3 s, bread at 1 s, cheese at 2 s.
const PRODUCTS: [(&str, Duration); 3] =
    [("apple", secs(3)), ("bread", secs(1)), ("cheese", secs(2))];

const IN_LIST_ORDER: &str = "bread arrived at 1 s but was handled only at 3 s, after apple: \
     the handles were awaited in the order of the list, so a fast answer waited behind the \
     slow one listed before it. Put the tasks in a JoinSet and take them with \
     join_next().await, which gives whichever finishes next.";

const ALL_AT_THE_END: &str = "every answer was handled at 3 s, when the last one arrived: \
     join_all() waits for the whole set before it gives anything back. Loop on \
     join_next().await instead and handle each answer as it comes.";

/// When `main: got <product>, ...` was logged, whatever the count said.
fn handled(t: &Events, product: &str) -> Option<Duration> {
    t.first_starting_with(&format!("main: got {product},"))
        .map(|e| e.at)
}

fn handled_before(t: &Events, first: &str, second: &str) -> bool {
    let at = |p: &str| {
        t.0.iter()
            .position(|e| e.what.starts_with(&format!("main: got {p},")))
    };
    matches!((at(first), at(second)), (Some(a), Some(b)) if a < b)
}

#[test]
fn each_answer_is_handled_the_moment_it_arrives() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_come(&PRODUCTS, &timeline).await;

        timeline
            .expect(&[
                (secs(0), "apple: start"),
                (secs(0), "bread: start"),
                (secs(0), "cheese: start"),
                (secs(1), "bread: end"),
                (secs(1), "main: got bread, 2 still running"),
                (secs(2), "cheese: end"),
                (secs(2), "main: got cheese, 1 still running"),
                (secs(3), "apple: end"),
                (secs(3), "main: got apple, 0 still running"),
            ])
            .mistake(
                |t| handled(t, "bread") == Some(secs(3)) && handled_before(t, "apple", "bread"),
                IN_LIST_ORDER,
            )
            .mistake(|t| handled(t, "bread") == Some(secs(3)), ALL_AT_THE_END)
            .lesson(
                "spawn every request into one JoinSet, then loop on join_next().await; \
                 after each answer, len() is the number still running.",
            )
            .check();
    });
}

#[test]
fn the_answers_come_back_in_the_order_they_arrived() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = as_they_come(&PRODUCTS, &timeline).await;

        let products: Vec<&str> = answers.iter().map(|a| a.product.as_str()).collect();
        assert_eq!(
            products,
            ["bread", "cheese", "apple"],
            "the answers must come back fastest first, in the order they arrived, \
             not in the order of the list"
        );
    });
}

#[test]
fn no_products_means_nothing_to_wait_for() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = as_they_come(&[], &timeline).await;

        assert!(
            answers.is_empty(),
            "nothing was asked, yet answers came back"
        );
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "with nothing to ask, as_they_come should return at once: \
             join_next() on an empty JoinSet gives None"
        );
    });
}
