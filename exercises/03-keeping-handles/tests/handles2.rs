//! handles2: answers as they come, with a `JoinSet`.
//! Run: `cargo test --test handles2`
//!
//! Four warehouses, listed in an order that is none of the others: not by
//! name, not by stock (a product's stock is the length of its name), not by
//! latency, not the reverse of any of them. So an answer that returns them
//! in any order but the order they arrived is caught.

use std::time::Duration;

use keeping_handles::handles2::as_they_come;
use tasklings::{Events, Expectation, Timeline, assert_eq, paused, seconds, secs};

/// cheese answers at 2 s, tea at 3 s, bread at 4 s, milk at 1 s.
const PRODUCTS: [(&str, Duration); 4] = [
    ("cheese", secs(2)),
    ("tea", secs(3)),
    ("bread", secs(4)),
    ("milk", secs(1)),
];

/// The order they arrive in: by latency.
const ARRIVAL: [&str; 4] = ["milk", "cheese", "tea", "bread"];

const ONE_AT_A_TIME_IN_TASKS: &str = "the requests ran one after the other: each was taken \
     right after it was spawned, so the next one started only once it had answered. Spawn \
     every request into the JoinSet first, and only then loop on join_next().await.";

const ONE_AT_A_TIME: &str = "the requests ran one after the other, in the caller's own task: \
     each fetch_stock was awaited before the next one started. Ask every warehouse at once: \
     spawn one task per product into a JoinSet, then loop on join_next().await.";

const ALL_AT_THE_END: &str = "every answer was handled at once when the last one arrived: \
     join_all() (or collecting everything first) waits for the whole set before it gives \
     anything back. Loop on join_next().await instead and handle each answer as it comes.";

const COUNTED_BEFORE_TAKING: &str = "each count was one too many: it was read before \
     join_next() took the answer out of the set, so it counts the answer being handled. Read \
     requests.len() after join_next() has handed over the answer.";

const WORDS: &str = "every event came at the right time, so the timing is right: only the words \
     of a line differ (the ✗ lines below). Log exactly \"main: got <product>, <n> still to \
     come\", character for character.";

const COUNTED_RUNNING_TASKS: &str = "when tea and cheese answer at the same instant, the first \
     of them taken leaves the other still to come: it has finished, but it is still in the \
     set until join_next() hands it over, and len() counts it. The count is the answers not \
     handled yet, not the tasks still working.";

/// The `main: got` lines, in the order they were logged: (time, product, count).
fn handled(t: &Events) -> Vec<(Duration, String, String)> {
    t.0.iter()
        .filter_map(|e| {
            let rest = e.what.strip_prefix("main: got ")?;
            let (product, count) = rest.split_once(", ")?;
            Some((e.at, product.to_owned(), count.to_owned()))
        })
        .collect()
}

fn handled_order(t: &Events) -> Vec<String> {
    handled(t).into_iter().map(|(_, p, _)| p).collect()
}

/// The first product handled later than it arrived, as a sentence.
fn handled_late(t: &Events) -> String {
    handled(t)
        .iter()
        .find_map(|(at, product, _)| {
            let arrived = t.time_of(&format!("{product}: end"))?;
            (*at > arrived).then(|| {
                format!(
                    "{product} arrived at {} but was handled only at {}",
                    seconds(arrived),
                    seconds(*at)
                )
            })
        })
        .unwrap_or_else(|| "a fast answer was handled late".to_owned())
}

/// The mistakes any timeline of this exercise can show, most specific first.
fn diagnose(expectation: Expectation, products: &[(&str, Duration)], t: &Events) -> Expectation {
    let list: Vec<&str> = products.iter().map(|(p, _)| *p).collect();
    let starts_at_once = move |t: &Events| {
        list.iter()
            .all(|p| t.time_of(&format!("{p}: start")) == Some(secs(0)))
    };
    let list: Vec<&str> = products.iter().map(|(p, _)| *p).collect();
    let last = products.iter().map(|(_, l)| *l).max().unwrap_or_default();
    let count = products.len();
    let in_list_order = format!(
        "{}: the handles were awaited in the order of the list, so a fast answer waited \
         behind every slower one listed before it. Put the tasks in a JoinSet and take them \
         with join_next().await, which gives whichever finishes next.",
        handled_late(t)
    );
    expectation
        .mistake(
            |t| !starts_at_once(t) && t.0.iter().any(|e| e.task.is_some()),
            ONE_AT_A_TIME_IN_TASKS,
        )
        .mistake(|t| !starts_at_once(t), ONE_AT_A_TIME)
        .mistake(|t| handled_order(t) == list, &in_list_order)
        .mistake(
            |t| {
                let handled = handled(t);
                handled.len() > 1 && handled.iter().all(|(at, _, _)| *at == last)
            },
            ALL_AT_THE_END,
        )
        .mistake(
            move |t| {
                let handled = handled(t);
                handled.len() == count
                    && handled
                        .iter()
                        .enumerate()
                        .all(|(i, (_, _, still))| *still == format!("{} still to come", count - i))
            },
            COUNTED_BEFORE_TAKING,
        )
}

#[test]
fn each_answer_is_handled_the_moment_it_arrives() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_come(&PRODUCTS, &timeline).await;

        let expectation = timeline.expect(&[
            (secs(0), "cheese: start"),
            (secs(0), "tea: start"),
            (secs(0), "bread: start"),
            (secs(0), "milk: start"),
            (secs(1), "milk: end"),
            (secs(1), "main: got milk, 3 still to come"),
            (secs(2), "cheese: end"),
            (secs(2), "main: got cheese, 2 still to come"),
            (secs(3), "tea: end"),
            (secs(3), "main: got tea, 1 still to come"),
            (secs(4), "bread: end"),
            (secs(4), "main: got bread, 0 still to come"),
        ]);
        diagnose(expectation, &PRODUCTS, &timeline.events())
            .mistake_in_words(WORDS)
            .lesson(
                "spawn every request into one JoinSet, then loop on join_next().await; \
                 after each answer, len() is the number of answers still to come.",
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
        let how = match products.as_slice() {
            ["cheese", "tea", "bread", "milk"] => {
                "yours came back in the order of the list: the handles were awaited in turn"
            }
            ["bread", "cheese", "milk", "tea"] => "yours were sorted by name",
            ["tea", "milk", "bread", "cheese"] | ["cheese", "bread", "milk", "tea"] => {
                "yours were sorted by stock"
            }
            ["bread", "tea", "cheese", "milk"] => {
                "yours came back last first: push each answer to the end of the Vec"
            }
            _ => "push each answer the moment join_next() gives it, and return them so",
        };
        assert_eq!(
            products, ARRIVAL,
            "the answers must come back in the order they arrived (fastest first); {how}"
        );
    });
}

#[test]
fn every_request_runs_in_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_come(&PRODUCTS, &timeline).await;

        let events = timeline.events();
        let starts: Vec<String> = PRODUCTS
            .iter()
            .map(|(p, _)| format!("{p}: start"))
            .collect();
        let starts: Vec<&str> = starts.iter().map(String::as_str).collect();
        assert!(
            events.each_in_a_task_of_its_own(&starts),
            "each request must run in a spawned task of its own (one task per product, \
             spawned into the JoinSet); here some ran in the caller or shared a task.\n\
             Your timeline:\n{events}"
        );
        let lines: Vec<_> = events
            .0
            .iter()
            .filter(|e| e.what.starts_with("main: got "))
            .collect();
        assert!(
            lines.len() == PRODUCTS.len() && lines.iter().all(|e| e.task.is_none()),
            "as_they_come itself logs each \"main: got ...\" line, as it takes the answer \
             from the set; here the lines are missing or were logged by a spawned task.\n\
             Your timeline:\n{events}"
        );
    });
}

#[test]
fn answers_that_arrive_together_are_counted_as_they_are_taken() {
    paused(async || {
        let timeline = Timeline::start();
        // tea and cheese answer at the same instant.
        let products = [("tea", secs(2)), ("milk", secs(1)), ("cheese", secs(2))];

        as_they_come(&products, &timeline).await;

        // Which of the two the runtime finishes first is its business: follow yours.
        // Both end before as_they_come hears of either: the one timer wakes both
        // tasks, and the caller, woken by the first to finish, is queued after the
        // second (a current-thread runtime runs its queue in order).
        let events = timeline.events();
        let first_of_two = |prefix: &str| {
            let at = |p: &str| {
                events
                    .0
                    .iter()
                    .position(|e| e.what.starts_with(&format!("{prefix}{p}")))
            };
            match (at("tea"), at("cheese")) {
                (Some(tea), Some(cheese)) if cheese < tea => ["cheese", "tea"],
                _ => ["tea", "cheese"],
            }
        };
        let [end1, end2] = first_of_two("").map(|p| format!("{p}: end"));
        let [got1, got2] = first_of_two("main: got ");
        let got1 = format!("main: got {got1}, 1 still to come");
        let got2 = format!("main: got {got2}, 0 still to come");
        let expectation = timeline.expect(&[
            (secs(0), "tea: start"),
            (secs(0), "milk: start"),
            (secs(0), "cheese: start"),
            (secs(1), "milk: end"),
            (secs(1), "main: got milk, 2 still to come"),
            (secs(2), &end1),
            (secs(2), &end2),
            (secs(2), &got1),
            (secs(2), &got2),
        ]);
        diagnose(expectation, &products, &events)
            .mistake(
                |t| t.contains("main: got milk, 2 still to come") && t.count(", 0 still") == 2,
                COUNTED_RUNNING_TASKS,
            )
            .mistake_in_words(WORDS)
            .lesson(
                "after each join_next(), log how many answers are still to come: \
                 requests.len(), which counts every task still in the set, finished or not.",
            )
            .check();
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
