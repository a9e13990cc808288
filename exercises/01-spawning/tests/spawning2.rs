//! spawning2: many products at once, answers in order.
//! Run: `cargo test --test spawning2`
//!
//! The inputs are chosen so that their order is no other order an answer
//! could fall into: not sorted by name, nor by stock (a product's stock is the
//! length of its name), nor fastest first, nor reversed.

use std::time::Duration;

use spawning::spawning2::check_all;
use tasklings::shop::Inventory;
use tasklings::{Events, Expectation, Timeline, assert_eq, paused, secs};

// By name: banana fig lemon pear. By stock: fig pear lemon banana.
// Fastest first: lemon pear fig banana. Reversed: fig lemon banana pear.
const PRODUCTS: [(&str, Duration); 4] = [
    ("pear", secs(2)),
    ("banana", secs(4)),
    ("lemon", secs(1)),
    ("fig", secs(3)),
];

// Eight products: an order a HashMap happens to pick is input order once in 40320.
// By name, by stock, fastest first and reversed, each starts with another product.
const MANY: [(&str, Duration); 8] = [
    ("lemon", secs(4)),
    ("fig", secs(7)),
    ("watermelon", secs(2)),
    ("banana", secs(8)),
    ("kiwi", secs(1)),
    ("raspberry", secs(5)),
    ("apricot", secs(3)),
    ("cucumber", secs(6)),
];

fn names(products: &[(&str, Duration)]) -> Vec<String> {
    products.iter().map(|(p, _)| (*p).to_owned()).collect()
}

fn starts(t: &Events) -> Vec<&tasklings::Event> {
    t.0.iter().filter(|e| e.what.ends_with(": start")).collect()
}

/// The known wrong answers to a timeline of `products` asked all at once.
fn timing_mistakes(expectation: Expectation, products: &[(&str, Duration)]) -> Expectation {
    let sum: u64 = products.iter().map(|(_, l)| l.as_secs()).sum();
    // The second request started later than the first: it waited for it.
    let in_turn = |t: &Events| starts(t).get(1).is_some_and(|e| e.at > secs(0));
    expectation
        .mistake(
            |t| in_turn(t) && starts(t).iter().all(|e| e.task.is_none()),
            "each request started only when the one before it had ended: fetch_stock was \
             awaited for one product after the other, and no task was spawned. Spawn one \
             task per product first (tokio::spawn), then await the handles.",
        )
        .mistake(
            in_turn,
            &format!(
                "each request started only when the one before it had ended ({sum} s in all). \
                 Spawning a task and awaiting its handle in the same loop step is sequential. \
                 Spawn all the tasks in one loop, then await the handles in a second loop."
            ),
        )
}

/// The expected timeline: every request starts at 0 s, then `rest`. In
/// which order requests start at one instant is yours to choose (the
/// answers' order is checked on its own): when yours started every one of
/// them at 0 s, the expected starts follow your order.
fn expect_all_at_once(
    timeline: &Timeline,
    products: &[(&str, Duration)],
    rest: &[(Duration, &str)],
) -> Expectation {
    let events = timeline.events();
    let listed: Vec<String> = products
        .iter()
        .map(|(p, _)| format!("{p}: start"))
        .collect();
    let yours: Vec<String> = starts(&events)
        .iter()
        .filter(|e| e.at == secs(0))
        .map(|e| e.what.clone())
        .collect();
    let (mut sorted_yours, mut sorted_listed) = (yours.clone(), listed.clone());
    sorted_yours.sort();
    sorted_listed.sort();
    let starts = if sorted_yours == sorted_listed {
        yours
    } else {
        listed
    };
    let expected: Vec<(Duration, &str)> = starts
        .iter()
        .map(|s| (secs(0), s.as_str()))
        .chain(rest.iter().copied())
        .collect();
    timeline.expect(&expected)
}

#[test]
fn all_warehouses_are_asked_at_once_and_the_slowest_sets_the_time() {
    paused(async || {
        let timeline = Timeline::start();

        check_all(&PRODUCTS, &timeline).await;
        timeline.log("main: all answers in");

        let expectation = expect_all_at_once(
            &timeline,
            &PRODUCTS,
            &[
                (secs(1), "lemon: end"),
                (secs(2), "pear: end"),
                (secs(3), "fig: end"),
                (secs(4), "banana: end"),
                (secs(4), "main: all answers in"),
            ],
        );
        timing_mistakes(expectation, &PRODUCTS)
            .lesson("spawn every request before awaiting any; the slowest (4 s) sets the total.")
            .check();
    });
}

#[test]
fn every_request_runs_in_a_task_of_its_own() {
    paused(async || {
        let timeline = Timeline::start();

        check_all(&PRODUCTS, &timeline).await;

        let events = timeline.events();
        let tasks: Vec<_> = PRODUCTS
            .iter()
            .map(|(p, _)| events.task_of(&format!("{p}: start")))
            .collect();
        assert!(
            tasks.iter().all(Option::is_some),
            "a request ran inside check_all's own task, not in a spawned task: it was \
             awaited (or joined) there. This exercise is about tokio::spawn: one task per \
             product, then await the handles.\nYour timeline:\n{events}"
        );
        let mut distinct = tasks.clone();
        distinct.sort();
        distinct.dedup();
        assert!(
            distinct.len() == tasks.len(),
            "two requests ran in the same spawned task. Spawn one task per product, so \
             that every request runs on its own.\nYour timeline:\n{events}"
        );
    });
}

/// What order `yours` is in, if it is one a known wrong answer falls into.
fn order_diagnosis(yours: &[String], products: &[(&str, Duration)]) -> String {
    let input = names(products);
    let mut by_name = input.clone();
    by_name.sort();
    let mut by_stock = input.clone();
    by_stock.sort_by_key(String::len);
    let mut fastest_first = products.to_vec();
    fastest_first.sort_by_key(|&(_, latency)| latency);
    let fastest_first = names(&fastest_first);
    let mut reversed = input.clone();
    reversed.reverse();
    let mut same_products = yours.to_vec();
    same_products.sort();

    if yours.len() != input.len() {
        return format!(
            "{} answers for the {} entries of the list: one answer per entry, duplicates \
             included (a map keyed by product name keeps only one per name).",
            yours.len(),
            input.len()
        );
    }
    let diagnosis = if yours == fastest_first {
        "your answers came back fastest first: you collected them in completion order \
         (JoinSet::join_next and join_all do that), or sorted by latency. Keep the handles \
         in a Vec in input order and await them in that order."
    } else if yours == by_name {
        "your answers are sorted by product name, not in the order of the list. Do not \
         sort: awaiting the handles in input order gives input order."
    } else if yours == by_stock {
        "your answers are sorted by stock, not in the order of the list. Do not sort: \
         awaiting the handles in input order gives input order."
    } else if yours == reversed {
        "your answers came back in reverse order: Vec::pop takes the last handle first. \
         Iterate over the handles from the front (for handle in handles)."
    } else if same_products == by_name {
        "every product was answered, but in an order of their own: a HashMap (or HashSet) \
         iterates in no particular order. Keep the handles in a Vec, in input order."
    } else {
        "the answers must follow the input order, one for each entry of the list."
    };
    diagnosis.to_owned()
}

#[test]
fn answers_come_back_in_the_order_of_the_input() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = check_all(&MANY, &timeline).await;

        let yours: Vec<String> = answers.iter().map(|a| a.product.clone()).collect();
        assert_eq!(yours, names(&MANY), "{}", order_diagnosis(&yours, &MANY));
        let expected: Vec<Inventory> = MANY
            .iter()
            .map(|&(product, _)| Inventory {
                product: product.to_owned(),
                stock: product.len() as u32,
            })
            .collect();
        assert_eq!(
            answers, expected,
            "each product's answer must be its own stock"
        );
    });
}

// Milk twice, for two warehouses. By name: bread milk milk tea. By stock:
// tea milk milk bread. Fastest first: milk bread milk tea. Reversed: bread milk tea milk.
const TWICE: [(&str, Duration); 4] = [
    ("milk", secs(1)),
    ("tea", secs(4)),
    ("milk", secs(3)),
    ("bread", secs(2)),
];

#[test]
fn a_product_listed_twice_is_asked_twice() {
    paused(async || {
        let timeline = Timeline::start();

        let answers = check_all(&TWICE, &timeline).await;
        timeline.log("main: all answers in");

        let expectation = expect_all_at_once(
            &timeline,
            &TWICE,
            &[
                (secs(1), "milk: end"),
                (secs(2), "bread: end"),
                (secs(3), "milk: end"),
                (secs(4), "tea: end"),
                (secs(4), "main: all answers in"),
            ],
        );
        let expectation = expectation.mistake(
            |t| t.count("milk: start") == 1,
            "milk is on the list twice (two warehouses) but was asked only once: a map \
             keyed by product name keeps one entry per name. Spawn one task per entry of \
             the list, duplicates included.",
        );
        timing_mistakes(expectation, &TWICE)
            .lesson("one task per entry of the list, all at once, in the order of the list.")
            .check();
        let yours: Vec<String> = answers.iter().map(|a| a.product.clone()).collect();
        assert_eq!(yours, names(&TWICE), "{}", order_diagnosis(&yours, &TWICE));
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
