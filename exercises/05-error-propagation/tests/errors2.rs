//! errors2: a crash in one task, the others go on.
//! Run: `cargo test --test errors2`
//!
//! Some warehouses here crash on purpose: their tasks panic. The panic
//! prints one line, "a task panicked on purpose", and is part of the test.

use error_propagation::errors2::stock_report;
use tasklings::shop::Warehouse;
use tasklings::{Timeline, assert_eq, ms, must_not_panic, paused, secs};

const ONE_CRASH_SANK_THE_REPORT: &str = "one warehouse's task panicked, and stock_report \
     panicked with it, losing every other answer. tokio had caught that panic and kept it in \
     the handle, as Err(e) from handle.await; unwrap() turned it into a panic of yours. Match \
     on the Err instead and write the crash into the report.";

const NO_MESSAGE: &str = "the report says a task crashed, but not what the panic said. \
     e.into_panic() gives the value panic! was given: read its text with \
     downcast_ref::<&'static str>() or downcast_ref::<String>().";

const ONLY_STRING: &str = "the literal panic's message was lost. panic!(\"a literal\") \
     carries a &'static str, not a String: try downcast_ref::<&'static str>() too, not only \
     downcast_ref::<String>().";

const JOIN_ERROR_TEXT: &str = "the crash line quotes the JoinError (\"task <id> panicked with \
     message ...\"), not the panic itself. The report wants the panic's own words: \
     e.into_panic() gives the value panic! was given; read its text with downcast_ref.";

const DEBUG_REFUSAL: &str = "a refusal was written with {:?} (OutOfStock(\"...\")). \
     ShopError's Display says it the way the report wants: \"out of stock\", with {}, or \
     refusal.to_string().";

const COMPLETION_ORDER: &str = "every line is right, but they come in the order the \
     warehouses answered. The report follows the list it was given: await the handles in \
     that order, or let each task carry its place and put its line there.";

const SORTED: &str = "every line is right, but sorted by product. The report follows the \
     list it was given, which is not alphabetical here: keep the order of the warehouses.";

const SOME_OTHER_ORDER: &str = "every line is right, but not in the order of the list \
     given. One line per warehouse, in the order given.";

const ONE_AT_A_TIME: &str = "each warehouse was asked only after the one before it had \
     answered: a task spawned and awaited at once is no better than a plain call. Spawn \
     every ask first, then await the handles.";

const NOT_A_TASK_EACH: &str = "the warehouses' lines were not each logged by a task of \
     their own: every ask runs in its own tokio::spawn (one task per warehouse), so that a \
     crash stays inside its task and the asks run at once.";

const ONLY_STR: &str = "the formatted panic's message was lost. panic!(\"a literal\") \
     carries a &'static str, but panic!(\"{}\", x) carries a String: try \
     downcast_ref::<String>() when downcast_ref::<&str>() gives None.";

/// Names the mistake behind a wrong report: lines that say too little,
/// in the wrong form, or right lines in the wrong order. `finishing` is
/// the expected lines in the order the warehouses answer.
fn diagnosis(report: &[String], expected: &[&str], finishing: &[&str]) -> &'static str {
    let any_line = |test: &dyn Fn(&str) -> bool| report.iter().any(|l| test(l));
    if any_line(&|l| l.ends_with(": crashed")) {
        return NO_MESSAGE;
    }
    if any_line(&|l| l.contains("panicked with message") || l.contains("JoinError")) {
        return JOIN_ERROR_TEXT;
    }
    if any_line(&|l| l.contains("OutOfStock(") || l.contains("Unreachable(")) {
        return DEBUG_REFUSAL;
    }
    let mut yours: Vec<&str> = report.iter().map(String::as_str).collect();
    let mut wanted = expected.to_vec();
    yours.sort_unstable();
    wanted.sort_unstable();
    if yours == wanted {
        if report == finishing {
            return COMPLETION_ORDER;
        }
        if report.is_sorted() {
            return SORTED;
        }
        return SOME_OTHER_ORDER;
    }
    "each line is \"<product>: 15 in stock\", \"<product>: <the refusal's Display>\" or \
     \"<product>: crashed: <the panic's message>\", one per warehouse, in the order given."
}

#[test]
fn a_crash_does_not_stop_the_other_warehouses() {
    paused(async || {
        let timeline = Timeline::start();
        // Neither alphabetical nor in the order they answer.
        let warehouses = vec![
            Warehouse::stocked("eggs", secs(3)),
            Warehouse::crashes("cheese", secs(1), "the cheese scanner is on fire"),
            Warehouse::out_of_stock("apple", secs(2)),
            Warehouse::unreachable("figs", ms(500)),
            Warehouse::stocked("bread", ms(2500)),
        ];

        let report = must_not_panic(
            ONE_CRASH_SANK_THE_REPORT,
            stock_report(warehouses, &timeline),
        )
        .await;
        timeline.log("main: report ready");

        timeline
            .expect(&[
                (ms(0), "eggs: start"),
                (ms(0), "cheese: start"),
                (ms(0), "apple: start"),
                (ms(0), "figs: start"),
                (ms(0), "bread: start"),
                (ms(500), "figs: refused (unreachable)"),
                (ms(1000), "cheese: crashed"),
                (ms(2000), "apple: refused (out of stock)"),
                (ms(2500), "bread: end"),
                (ms(3000), "eggs: end"),
                (ms(3000), "main: report ready"),
            ])
            .mistake(|t| t.time_of("cheese: start") > Some(ms(0)), ONE_AT_A_TIME)
            .lesson("ask every warehouse at once; the crash at 1 s does not stop the others.")
            .check();
        let starts = ["eggs", "cheese", "apple", "figs", "bread"].map(|p| format!("{p}: start"));
        let starts: Vec<&str> = starts.iter().map(String::as_str).collect();
        assert!(
            timeline.events().each_in_a_task_of_its_own(&starts),
            "\n\nWhat went wrong: {NOT_A_TASK_EACH}\n\nThe timeline, with the task that \
             logged each line:\n{}",
            timeline.events()
        );
        let expected = [
            "eggs: 15 in stock",
            "cheese: crashed: the cheese scanner is on fire",
            "apple: out of stock",
            "figs: unreachable",
            "bread: 15 in stock",
        ];
        let finishing = [
            expected[3],
            expected[1],
            expected[2],
            expected[4],
            expected[0],
        ];
        // cheese's panic is a literal: its payload is a &'static str.
        let lost_the_literal = !report.iter().any(|l| l == expected[1])
            && report.iter().any(|l| {
                l.starts_with("cheese: crashed: ") && !l.contains("panicked with message")
            });
        let diagnosis = if lost_the_literal {
            ONLY_STRING
        } else {
            diagnosis(&report, &expected, &finishing)
        };
        assert_eq!(report, expected, "\n\nWhat went wrong: {diagnosis}\n");
    });
}

#[test]
fn each_crash_is_reported_with_its_own_message() {
    paused(async || {
        let timeline = Timeline::start();
        let belt = 7;
        // Neither alphabetical nor in the order they answer.
        let warehouses = vec![
            Warehouse::crashes("dates", secs(1), "the dates scanner is on fire"),
            Warehouse::stocked("bread", ms(500)),
            Warehouse::crashes_formatted("cheese", secs(2), format!("belt {belt} is jammed")),
            Warehouse::out_of_stock("apple", ms(1500)),
        ];

        let report = must_not_panic(
            ONE_CRASH_SANK_THE_REPORT,
            stock_report(warehouses, &timeline),
        )
        .await;

        let expected = [
            "dates: crashed: the dates scanner is on fire",
            "bread: 15 in stock",
            "cheese: crashed: belt 7 is jammed",
            "apple: out of stock",
        ];
        let finishing = [expected[1], expected[0], expected[3], expected[2]];
        // The literal panic carries a &'static str, the formatted one a String.
        let has = |line: &str| report.iter().any(|l| l == line);
        let diagnosis = match (has(expected[0]), has(expected[2])) {
            (true, false) if report.iter().any(|l| l.starts_with("cheese: crashed: ")) => ONLY_STR,
            (false, true) if report.iter().any(|l| l.starts_with("dates: crashed: ")) => {
                ONLY_STRING
            }
            _ => diagnosis(&report, &expected, &finishing),
        };
        assert_eq!(report, expected, "\n\nWhat went wrong: {diagnosis}\n");
    });
}
