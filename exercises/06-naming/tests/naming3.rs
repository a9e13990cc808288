//! naming3: which task just finished?
//! Run: `cargo test --test naming3`

use std::time::Duration;

use naming::naming3::as_they_answer;
use tasklings::{Events, Timeline, assert_eq, paused, seconds, secs};

// The stock is the length of the name. The orders all differ: asked as
// listed (cheese, fig, tea, bread, honey), answered tea, bread, cheese,
// honey, fig; by name bread, cheese, fig, honey, tea; by stock fig and tea
// (3) first. And fig and tea have the same stock, 3: the number alone does
// not say which product answered.
const PRODUCTS: [(&str, Duration); 5] = [
    ("cheese", secs(3)),
    ("fig", secs(5)),
    ("tea", secs(1)),
    ("bread", secs(2)),
    ("honey", secs(4)),
];

/// The answers in the order they come: each product's name and its stock.
const ANSWERS: [(&str, u32); 5] = [
    ("tea", 3),
    ("bread", 5),
    ("cheese", 6),
    ("honey", 5),
    ("fig", 3),
];

const AWAITED_IN_SPAWN_ORDER: &str = "tea answered at 1 s but you logged it only at 5 s, after \
     cheese and fig: the handles were awaited in the order they were spawned, so a fast answer waits \
     behind every slower one spawned before it. join_next_with_id gives each result the moment \
     its task ends.";

const LOGGED_AT_THE_END: &str = "every answer was logged at 5 s, when the last one came: the \
     answers were collected first and logged afterwards. Log each one inside the loop over \
     join_next_with_id, the moment it comes: that is when main learns of it.";

const ASKED_ONE_AT_A_TIME: &str = "fig was asked only after cheese had answered: each fetch was \
     awaited before the next was spawned, so the warehouses were asked one after another \
     (15 s instead of 5). Spawn every fetch into the JoinSet first, then take the answers.";

const TASK_WROTE_MAIN_LINE: &str = "the \"main: <product> answered <stock>\" lines were written \
     inside the fetch tasks, not by main (see [task ..] below). The line says main learned of \
     the answer; a task cannot know when main does. Let each task return only the stock, and \
     log the line in as_they_answer's own loop over join_next_with_id.";

/// When an answer line put a stock down to the wrong product: what
/// happened, in the student's own terms.
fn misnamed(events: &Events) -> Option<String> {
    // The products whose fetch has ended so far, latest last.
    let mut ended: Vec<&str> = Vec::new();
    let mut nth = 0;
    for event in &events.0 {
        if let Some(product) = event.what.strip_suffix(": end") {
            ended.push(product);
            continue;
        }
        let Some(said) = event.what.strip_prefix("main: ") else {
            continue;
        };
        let Some((product, stock)) = said.split_once(" answered ") else {
            continue;
        };
        let at = seconds(event.at);
        let real = ended.last().copied().unwrap_or("no product");
        let consistent = stock.parse() == Ok(product.len() as u32);
        let message = if !consistent && PRODUCTS.get(nth).is_some_and(|&(p, _)| p == product) {
            format!(
                "at {at} the answer {stock} came in ({real}'s) and you put it down to \
                 {product}, the product listed {} in the input. Results come in the order \
                 the tasks end, not the order you spawned them. Remember each task's id with \
                 its product (set.spawn(..).id()) and look the id up when join_next_with_id \
                 hands it back.",
                ordinal(nth)
            )
        } else if consistent && !ended.contains(&product) {
            format!(
                "at {at} the answer {stock} came in and you put it down to {product}, whose \
                 stock is {stock} too; but {product}'s fetch had not even ended: it was \
                 {real}'s. fig and tea both have 3: the number does not say who answered. \
                 The task's id does: keep set.spawn(..).id() with each product, and look up \
                 the id that join_next_with_id hands back."
            )
        } else if !consistent {
            format!(
                "at {at} the answer {stock} came in ({real}'s) and you put it down to \
                 {product}. Look the product up by the task's id: the id that \
                 join_next_with_id hands back is the one set.spawn(..).id() gave you."
            )
        } else {
            nth += 1;
            continue;
        };
        return Some(message);
    }
    None
}

/// Every answer line was logged at 5 s, when the last answer came.
fn all_logged_at_the_end(t: &Events) -> bool {
    let mut lines =
        t.0.iter()
            .filter(|e| e.what.starts_with("main: "))
            .peekable();
    lines.peek().is_some() && lines.all(|e| e.at == secs(5))
}

fn ordinal(n: usize) -> &'static str {
    ["first", "second", "third", "fourth", "fifth"]
        .get(n)
        .unwrap_or(&"later")
}

#[test]
fn each_answer_is_named_and_logged_the_moment_it_comes() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_answer(&PRODUCTS, &timeline).await;

        let events = timeline.events();
        let wrong_name = misnamed(&events);
        timeline
            .expect(&[
                (secs(0), "cheese: start"),
                (secs(0), "fig: start"),
                (secs(0), "tea: start"),
                (secs(0), "bread: start"),
                (secs(0), "honey: start"),
                (secs(1), "tea: end"),
                (secs(1), "main: tea answered 3"),
                (secs(2), "bread: end"),
                (secs(2), "main: bread answered 5"),
                (secs(3), "cheese: end"),
                (secs(3), "main: cheese answered 6"),
                (secs(4), "honey: end"),
                (secs(4), "main: honey answered 5"),
                (secs(5), "fig: end"),
                (secs(5), "main: fig answered 3"),
            ])
            .mistake(
                |t| t.time_of("fig: start").is_some_and(|at| at > secs(0)),
                ASKED_ONE_AT_A_TIME,
            )
            .mistake(
                |_| wrong_name.is_some(),
                wrong_name.as_deref().unwrap_or(""),
            )
            .mistake(
                |t| {
                    t.time_of("main: cheese answered 6") == Some(secs(3))
                        && t.time_of("main: tea answered 3") == Some(secs(5))
                },
                AWAITED_IN_SPAWN_ORDER,
            )
            .mistake(all_logged_at_the_end, LOGGED_AT_THE_END)
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

        let expected = ANSWERS.map(|(p, s)| (p.to_owned(), s));
        assert_eq!(
            answers, expected,
            "the answers, in the order they came (not as listed, not sorted), each with the \
             product whose task answered it. fig and tea both have stock 3: which is which, \
             only the task's id can say."
        );
    });
}

#[test]
fn main_writes_the_answer_lines_and_each_product_has_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        as_they_answer(&PRODUCTS, &timeline).await;

        // `writers` says which task logged the lines: `None` is the caller.
        let events = timeline.events();
        assert!(
            events.writers("main: ") == [None],
            "{TASK_WROTE_MAIN_LINE}\nYour timeline:\n{events}"
        );
        let mut tasks = Vec::new();
        for (product, _) in PRODUCTS {
            let writers = events.writers(&format!("{product}: "));
            assert!(
                writers.len() == 1 && writers[0].is_some(),
                "{product}'s fetch did not run as a task of its own (its lines came from {} \
                 writer(s), [the caller] meaning main itself). Spawn each fetch into the \
                 JoinSet: one task per product.\nYour timeline:\n{events}",
                writers.len()
            );
            tasks.push(writers[0]);
        }
        tasks.dedup();
        assert!(
            tasks.len() == PRODUCTS.len(),
            "some products were fetched in one shared task; spawn one task per product.\
             \nYour timeline:\n{events}"
        );
    });
}

#[test]
fn many_answers_come_back_in_the_order_they_came_every_time() {
    paused(async || {
        let timeline = Timeline::start();
        // Eight products, listed in no order of name, time or stock: an
        // answer that comes out of a HashMap's iteration order will not
        // match, whatever its hasher's seed.
        let products: [(&str, Duration); 8] = [
            ("plum", secs(6)),
            ("rice", secs(2)),
            ("apple", secs(8)),
            ("kale", secs(1)),
            ("mango", secs(7)),
            ("leek", secs(3)),
            ("nuts", secs(5)),
            ("salt", secs(4)),
        ];

        let answers = as_they_answer(&products, &timeline).await;

        let order: Vec<&str> = answers.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            order,
            [
                "kale", "rice", "leek", "salt", "nuts", "plum", "mango", "apple"
            ],
            "the products in the order their answers came (1 s, 2 s, ... 8 s). Push each \
             answer onto a Vec as it comes; a HashMap forgets the order."
        );
        assert_eq!(timeline.elapsed(), secs(8), "all at once: the slowest, 8 s");
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
