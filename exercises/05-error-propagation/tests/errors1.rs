//! errors1: the error comes out of the await.
//! Run: `cargo test --test errors1`
//!
//! Each test spawns one reservation task at a warehouse that answers after
//! a set time: with stock, with a refusal, or by panicking.

use error_propagation::errors1::{OrderError, reservation};
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Timeline, assert_eq, catch_panic, must_not_panic, paused, secs};
use tokio::task::JoinHandle;

fn reserve_at(
    warehouse: Warehouse,
    timeline: &Timeline,
) -> JoinHandle<Result<Inventory, ShopError>> {
    tokio::spawn(warehouse.ask(timeline.clone()))
}

const PANIC_SANK_THE_CALLER: &str = "the reservation task panicked, and reservation panicked \
     with it. tokio had caught the task's panic and kept it in the handle, as Err(JoinError) \
     from handle.await; unwrap() turned it into a panic of yours, so one broken task sinks its \
     caller and everything above. Return it as OrderError::Task instead: the first ? of \
     `task.await??` does that, through From<JoinError>.";

const PANIC_PASSED_ON: &str = "the reservation task panicked, and reservation raised that \
     same panic again (resume_unwind, or a re-panic with its message), so the caller crashes \
     instead of getting an answer. Here a failed task is an answer like a refusal: return it \
     as OrderError::Task(the JoinError), which keeps the panic inside for whoever wants it. \
     The first ? of `task.await??` does that, through From<JoinError>.";

const CANCELLED_IT: &str = "the JoinError says the task was cancelled, yet nothing but \
     reservation could have aborted it: reservation stopped the task it was given (abort, \
     or a timeout around the handle). Just await the handle, however long it takes.";

const GAVE_UP_ON_A_SLOW_TASK: &str = "the warehouse answers after 60 s, and reservation \
     panicked before that: it gave the task a time limit (a timeout, or a loop that stops \
     waiting). The exercise asks you to await the task, however long it takes, and never \
     to panic.";

/// What `reserved` says, with the lesson when the task was cancelled.
fn described(reserved: &Result<Inventory, OrderError>) -> String {
    match reserved {
        Err(OrderError::Task(e)) if e.is_cancelled() => format!("{reserved:?}.\n\n{CANCELLED_IT}"),
        _ => format!("{reserved:?}"),
    }
}

const REFUSAL_BECAME_A_PANIC: &str = "the warehouse refused (out of stock), which is an ordinary \
     answer, and reservation panicked: the task's own Result was unwrapped. Return the refusal \
     as OrderError::Refused: the second ? of `task.await??` does that, through \
     From<ShopError>.";

#[test]
fn a_reserved_product_comes_back_ok() {
    paused(async || {
        let timeline = Timeline::start();
        let task = reserve_at(Warehouse::stocked("apple", secs(1)), &timeline);

        let reserved = reservation(task).await;

        let Ok(inventory) = reserved else {
            panic!(
                "the warehouse had apples, yet reservation answered {}",
                described(&reserved)
            )
        };
        assert_eq!((inventory.product.as_str(), inventory.stock), ("apple", 15));
        assert_eq!(
            timeline.elapsed(),
            secs(1),
            "reservation returns when the task answers, at 1 s. Later means it learned of the \
             answer late: a loop that asks is_finished() and sleeps in between sees the end \
             only at its next look. Await the handle: it returns the moment the task ends."
        );
    });
}

#[test]
fn a_refusal_comes_back_as_refused() {
    paused(async || {
        let timeline = Timeline::start();
        let task = reserve_at(Warehouse::out_of_stock("bread", secs(1)), &timeline);

        let reserved = must_not_panic(REFUSAL_BECAME_A_PANIC, reservation(task)).await;

        assert!(
            matches!(&reserved, Err(OrderError::Refused(ShopError::OutOfStock(p))) if p == "bread"),
            "the warehouse refused with ShopError::OutOfStock(\"bread\"); reservation should \
             answer Err(OrderError::Refused(that error)), not {}",
            described(&reserved)
        );
        timeline
            .expect(&[
                (secs(0), "bread: start"),
                (secs(1), "bread: refused (out of stock)"),
            ])
            .check();
    });
}

#[test]
fn a_panic_in_the_task_comes_back_as_a_task_error() {
    paused(async || {
        let timeline = Timeline::start();
        let warehouse = Warehouse::crashes("cheese", secs(1), "the cheese scanner is on fire");
        let task = reserve_at(warehouse, &timeline);

        // In a task of its own, so that a panic of reservation's is seen,
        // and told apart from the warehouse's own.
        let reserved = catch_panic(reservation(task)).await;

        let reserved = match reserved {
            Ok(reserved) => reserved,
            Err(text) if text == "the cheese scanner is on fire" => {
                panic!("\n\nWhat went wrong: {PANIC_PASSED_ON}\n")
            }
            Err(text) => panic!(
                "\n\nWhat went wrong: {PANIC_SANK_THE_CALLER}\n\n(Your code panicked with \
                 `{text}`.)\n"
            ),
        };
        let Err(OrderError::Task(error)) = reserved else {
            panic!(
                "the task panicked, so reservation should answer \
                 Err(OrderError::Task(the JoinError)), not {}",
                described(&reserved)
            )
        };
        assert!(error.is_panic(), "\n\nWhat went wrong: {CANCELLED_IT}\n");
        assert_eq!(
            error.into_panic().downcast_ref::<&str>(),
            Some(&"the cheese scanner is on fire"),
            "the JoinError carries the task's own panic: return the JoinError that \
             handle.await gave, not one from a task of your own"
        );
        assert_eq!(timeline.elapsed(), secs(1), "the task panicked at 1 s");
    });
}

#[test]
fn a_slow_warehouse_is_waited_for_however_long_it_takes() {
    paused(async || {
        let timeline = Timeline::start();
        let task = reserve_at(Warehouse::stocked("dates", secs(60)), &timeline);

        let reserved = must_not_panic(GAVE_UP_ON_A_SLOW_TASK, reservation(task)).await;

        let Ok(inventory) = reserved else {
            panic!(
                "the warehouse had dates, after 60 s, yet reservation answered {}",
                described(&reserved)
            )
        };
        assert_eq!((inventory.product.as_str(), inventory.stock), ("dates", 15));
        assert_eq!(
            timeline.elapsed(),
            secs(60),
            "reservation returns when the task answers, at 60 s. Later means it learned of the \
             answer late: a loop that asks is_finished() and sleeps in between sees the end \
             only at its next look. Await the handle: it returns the moment the task ends."
        );
    });
}
