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

const ONLY_STR: &str = "the formatted panic's message was lost. panic!(\"a literal\") \
     carries a &'static str, but panic!(\"{}\", x) carries a String: try \
     downcast_ref::<String>() when downcast_ref::<&str>() gives None.";

#[test]
fn a_crash_does_not_stop_the_other_warehouses() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouses = vec![
            Warehouse::stocked("apple", secs(3)),
            Warehouse::crashes("bread", secs(1), "the bread scanner is on fire"),
            Warehouse::out_of_stock("cheese", secs(2)),
        ];

        let report = must_not_panic(
            ONE_CRASH_SANK_THE_REPORT,
            stock_report(warehouses, &timeline),
        )
        .await;
        timeline.log("main: report ready");

        timeline
            .expect(&[
                (secs(0), "apple: start"),
                (secs(0), "bread: start"),
                (secs(0), "cheese: start"),
                (secs(1), "bread: crashed"),
                (secs(2), "cheese: refused (out of stock)"),
                (secs(3), "apple: end"),
                (secs(3), "main: report ready"),
            ])
            .lesson("ask every warehouse at once; the crash at 1 s does not stop the others.")
            .check();
        assert_eq!(
            report,
            [
                "apple: 15 in stock",
                "bread: crashed: the bread scanner is on fire",
                "cheese: out of stock",
            ],
            "one line per warehouse, in the order given"
        );
    });
}

#[test]
fn each_crash_is_reported_with_its_own_message() {
    paused(async || {
        let timeline = Timeline::start();
        let belt = 7;
        let warehouses = vec![
            Warehouse::crashes("bread", secs(1), "the bread scanner is on fire"),
            Warehouse::crashes_formatted("cheese", secs(2), format!("belt {belt} is jammed")),
            Warehouse::stocked("dates", ms(500)),
        ];

        let report = must_not_panic(
            ONE_CRASH_SANK_THE_REPORT,
            stock_report(warehouses, &timeline),
        )
        .await;

        let expected = [
            "bread: crashed: the bread scanner is on fire",
            "cheese: crashed: belt 7 is jammed",
            "dates: 15 in stock",
        ];
        let diagnosis = if report.first().is_some_and(|l| l == "bread: crashed") {
            NO_MESSAGE
        } else if report.first().is_some_and(|l| l == expected[0])
            && report.get(1).is_some_and(|l| l != expected[1])
        {
            ONLY_STR
        } else {
            "each crash is reported as \"<product>: crashed: <the panic's message>\"."
        };
        assert_eq!(report, expected, "\n\nWhat went wrong: {diagnosis}\n");
    });
}
