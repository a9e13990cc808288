//! Variant: Collects every outcome first with a helper that resumes panics, then partitions with iterators.

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

async fn outcome(
    task: tokio::task::JoinHandle<Result<Inventory, ShopError>>,
) -> Result<Inventory, ShopError> {
    task.await.unwrap_or_else(|e| match e.try_into_panic() {
        Ok(payload) => std::panic::resume_unwind(payload),
        Err(e) => panic!("{e}"),
    })
}

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let tasks: Vec<_> = warehouses
        .into_iter()
        .map(|w| tokio::spawn(w.ask(timeline.clone())))
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(outcome(task).await);
    }
    let (ok, err): (Vec<_>, Vec<_>) = outcomes.into_iter().partition(Result::is_ok);
    Availability {
        in_stock: ok.into_iter().map(Result::unwrap).collect(),
        unavailable: err.into_iter().map(|r| r.unwrap_err()).collect(),
    }
}
