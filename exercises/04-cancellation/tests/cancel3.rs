//! cancel3: clean up when aborted.
//! Run: `cargo test --test cancel3`
//!
//! The pool has one connection, and logs `pool: connection 1 taken` and
//! `pool: connection 1 returned`.

use cancellation::cancel3::import;
use tasklings::shop::Pool;
use tasklings::{Events, Expectation, Timeline, assert_eq, ms, paused};

const NEVER_RETURNED: &str = "the import was aborted at 1.2 s and its connection never came \
     back. The line that gives it back comes after an .await, and an aborted task never gets \
     past the .await where it was stopped. Give it back from the Drop impl of a guard that \
     holds the connection: dropping the aborted future drops the guard.";

const RETURNED_AT_ONCE: &str = "the connection went back at 0 s, before any item was saved: \
     the guard was dropped as soon as it was made. `let _ = Lease::new(..);` binds nothing, \
     so the new value is dropped at the end of that statement; bind it to a name \
     (`let _lease = ...`), which lives to the end of the block.";

fn returned_at_once(t: &Events) -> bool {
    t.time_of("pool: connection 1 returned") == Some(ms(0))
}

const ONE_PER_ITEM: &str = "a connection was taken more than once: import takes one \
     connection first and holds it for the whole import, not one per item.";

const TAKEN_LATE: &str = "the connection was not taken first, at 0 s: the import needs it \
     the whole time, before its first item too. Take it (into the guard) on the first line \
     of import, before the loop.";

const NUMBERED_FROM_0: &str = "the items are numbered from 1: the first one logs \
     `import: item 1 saved`.";

const LOGGED_BEFORE_SAVING: &str = "the first item was logged as saved at 0 s, before \
     saving it took ITEM_TAKES (500 ms): for each item, sleep ITEM_TAKES first, then log \
     that it is saved.";

const GAVE_BACK_EARLY: &str = "the connection went back before the last item was saved: \
     the guard was dropped while the import still needed it (an explicit drop, or a guard \
     that lives only inside the loop?). Bind it to a name at the top of import, so that it \
     lives until import ends.";

const NOT_BACK_WHEN_DONE: &str = "import returned while its connection was still out: \
     nothing had given it back by the time import ended. The guard's drop() must call \
     pool.give_back itself, right there (a task spawned from drop() gives it back only \
     later, or never if the runtime shuts down first).";

/// The mistakes every import in these tests can show, most specific first.
fn known_mistakes(expectation: Expectation) -> Expectation {
    expectation
        .mistake(returned_at_once, RETURNED_AT_ONCE)
        .mistake(
            |t| t.time_of("pool: connection 1 taken") != Some(ms(0)),
            TAKEN_LATE,
        )
        .mistake(|t| t.contains("import: item 0 saved"), NUMBERED_FROM_0)
        // One import takes one connection: more takes than imports is one per item.
        .mistake(
            |t| t.count("pool: connection 1 taken") > t.count("import: item 1 saved").max(1),
            ONE_PER_ITEM,
        )
        .mistake(
            |t| {
                t.first_starting_with("import: item")
                    .is_some_and(|e| e.at == ms(0))
            },
            LOGGED_BEFORE_SAVING,
        )
}

#[test]
fn a_finished_import_gives_its_connection_back_at_the_end() {
    paused(async || {
        let timeline = Timeline::start();
        let pool = Pool::new(1, &timeline);

        let saved = import(3, pool.clone(), timeline.clone()).await;

        known_mistakes(timeline.expect(&[
            (ms(0), "pool: connection 1 taken"),
            (ms(500), "import: item 1 saved"),
            (ms(1000), "import: item 2 saved"),
            (ms(1500), "import: item 3 saved"),
            (ms(1500), "pool: connection 1 returned"),
        ]))
        .mistake(
            |t| t.logged_before("pool: connection 1 returned", "import: item 3 saved"),
            GAVE_BACK_EARLY,
        )
        .mistake(
            |t| !t.contains("pool: connection 1 returned"),
            NOT_BACK_WHEN_DONE,
        )
        .lesson(
            "take the connection first and hold it in a guard for the whole import; \
                 the guard gives it back when it is dropped, after the last item.",
        )
        .check();
        assert_eq!(saved, 3, "import returns how many items it saved");
        assert_eq!(
            pool.free(),
            1,
            "after the import the connection is free again"
        );
    });
}

#[test]
fn an_aborted_import_gives_its_connection_back_where_the_abort_lands() {
    paused(async || {
        let timeline = Timeline::start();
        let pool = Pool::new(1, &timeline);
        let task = tokio::spawn(import(5, pool.clone(), timeline.clone()));
        let import_task = task.id();

        tokio::time::sleep(ms(1200)).await;
        task.abort();
        let outcome = task.await;
        timeline.log("main: import aborted");

        known_mistakes(timeline.expect(&[
            (ms(0), "pool: connection 1 taken"),
            (ms(500), "import: item 1 saved"),
            (ms(1000), "import: item 2 saved"),
            (ms(1200), "pool: connection 1 returned"),
            (ms(1200), "main: import aborted"),
        ]))
        .mistake(
            |t| !t.contains("pool: connection 1 returned"),
            NEVER_RETURNED,
        )
        .lesson(
            "the abort lands at 1.2 s, where the import waits to save item 3: dropping \
                 its future there must give the connection back.",
        )
        .check();
        assert!(
            outcome.is_err_and(|e| e.is_cancelled()),
            "the aborted import's handle should say it was cancelled"
        );
        assert!(
            timeline.events().task_of("pool: connection 1 returned") == Some(import_task),
            "the connection came back at 1.2 s, but another task gave it back, not the aborted \
             import as its future was dropped. Give it back in the guard's drop() itself: \
             that runs inside the import's task, where the abort lands, and is done when \
             the handle's .await returns."
        );
    });
}

#[test]
fn after_an_abort_the_next_import_finds_the_connection_free() {
    paused(async || {
        let timeline = Timeline::start();
        let pool = Pool::new(1, &timeline);
        let first = tokio::spawn(import(5, pool.clone(), timeline.clone()));
        tokio::time::sleep(ms(1200)).await;
        first.abort();
        let _ = first.await;

        // Needs the pool's only connection: the aborted import must have given it back.
        let saved = import(1, pool.clone(), timeline.clone()).await;

        known_mistakes(timeline.expect(&[
            (ms(0), "pool: connection 1 taken"),
            (ms(500), "import: item 1 saved"),
            (ms(1000), "import: item 2 saved"),
            (ms(1200), "pool: connection 1 returned"),
            (ms(1200), "pool: connection 1 taken"),
            (ms(1700), "import: item 1 saved"),
            (ms(1700), "pool: connection 1 returned"),
        ]))
        .mistake(
            |t| t.count("pool: connection 1 returned") == 1,
            NOT_BACK_WHEN_DONE,
        )
        .lesson("the second import takes the connection the aborted one gave back.")
        .check();
        assert_eq!(saved, 1, "the second import saves its one item");
        assert_eq!(
            pool.free(),
            1,
            "after both imports the connection is free again"
        );
    });
}
