//! cancel3: clean up when aborted.
//! Run: `cargo test --test cancel3`
//!
//! The pool has one connection, and logs `pool: connection 1 taken` and
//! `pool: connection 1 returned`.

use cancellation::cancel3::import;
use tasklings::shop::Pool;
use tasklings::{Events, Timeline, assert_eq, ms, paused};

const NEVER_RETURNED: &str = "the import was aborted at 1.2 s and its connection never came \
     back. The line that gives it back comes after an .await, and an aborted task never gets \
     past the .await where it was stopped. Give it back from the Drop impl of a guard that \
     holds the connection: dropping the aborted future drops the guard.";

const RETURNED_AT_ONCE: &str = "the connection went back at 0 s, before any item was saved: \
     the guard was dropped as soon as it was made. `let _ = guard;` binds nothing and drops \
     the value on the spot; bind it to a name (`let _lease = ...`), which lives to the end \
     of the block.";

fn returned_at_once(t: &Events) -> bool {
    t.time_of("pool: connection 1 returned") == Some(ms(0))
}

#[test]
fn a_finished_import_gives_its_connection_back_at_the_end() {
    paused(async || {
        let timeline = Timeline::start();
        let pool = Pool::new(1, &timeline);

        let saved = import(3, pool.clone(), timeline.clone()).await;

        timeline
            .expect(&[
                (ms(0), "pool: connection 1 taken"),
                (ms(500), "import: item 1 saved"),
                (ms(1000), "import: item 2 saved"),
                (ms(1500), "import: item 3 saved"),
                (ms(1500), "pool: connection 1 returned"),
            ])
            .mistake(returned_at_once, RETURNED_AT_ONCE)
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

        tokio::time::sleep(ms(1200)).await;
        task.abort();
        let outcome = task.await;
        timeline.log("main: import aborted");

        timeline
            .expect(&[
                (ms(0), "pool: connection 1 taken"),
                (ms(500), "import: item 1 saved"),
                (ms(1000), "import: item 2 saved"),
                (ms(1200), "pool: connection 1 returned"),
                (ms(1200), "main: import aborted"),
            ])
            .mistake(
                |t| !t.contains("pool: connection 1 returned"),
                NEVER_RETURNED,
            )
            .mistake(returned_at_once, RETURNED_AT_ONCE)
            .lesson(
                "the abort lands at 1.2 s, where the import waits to save item 3: dropping \
                 its future there must give the connection back.",
            )
            .check();
        assert!(
            outcome.is_err_and(|e| e.is_cancelled()),
            "the aborted import's handle should say it was cancelled"
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

        timeline
            .expect(&[
                (ms(0), "pool: connection 1 taken"),
                (ms(500), "import: item 1 saved"),
                (ms(1000), "import: item 2 saved"),
                (ms(1200), "pool: connection 1 returned"),
                (ms(1200), "pool: connection 1 taken"),
                (ms(1700), "import: item 1 saved"),
                (ms(1700), "pool: connection 1 returned"),
            ])
            .mistake(returned_at_once, RETURNED_AT_ONCE)
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
