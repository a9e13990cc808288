//! errors1: the error comes out of the await.
//! Run: `cargo test --test errors1`
//!
//! Each test spawns one reservation task at a warehouse that answers after
//! 1 s: with stock, with a refusal, or by panicking.

use error_propagation::errors1::{OrderError, reservation};
use tasklings::shop::{Inventory, ShopError, Warehouse};
use tasklings::{Timeline, assert_eq, must_not_panic, paused, secs};
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
            panic!("the warehouse had apples, yet reservation answered {reserved:?}")
        };
        assert_eq!((inventory.product.as_str(), inventory.stock), ("apple", 15));
        assert_eq!(
            timeline.elapsed(),
            secs(1),
            "reservation returns when the task answers, at 1 s"
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
             answer Err(OrderError::Refused(that error)), not {reserved:?}"
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

        let reserved = must_not_panic(PANIC_SANK_THE_CALLER, reservation(task)).await;

        let Err(OrderError::Task(error)) = reserved else {
            panic!(
                "the task panicked, so reservation should answer \
                 Err(OrderError::Task(the JoinError)), not {reserved:?}"
            )
        };
        assert!(
            error.is_panic(),
            "the JoinError should say the task panicked"
        );
        assert_eq!(
            error.into_panic().downcast_ref::<&str>(),
            Some(&"the cheese scanner is on fire"),
            "the JoinError carries the task's own panic"
        );
        assert_eq!(timeline.elapsed(), secs(1), "the task panicked at 1 s");
    });
}
