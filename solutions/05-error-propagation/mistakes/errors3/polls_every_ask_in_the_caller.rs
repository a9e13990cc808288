//! Mistake: every ask is polled by hand in the caller, with no task per
//! warehouse: they run at once, but not each in a task of its own.

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Availability {
    pub in_stock: Vec<Inventory>,
    pub unavailable: Vec<ShopError>,
}

type Ask = Pin<Box<dyn Future<Output = Result<Inventory, ShopError>> + Send>>;

pub async fn availability(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Availability {
    let mut asks: Vec<Option<Ask>> = warehouses
        .into_iter()
        .map(|w| Some(Box::pin(w.ask(timeline.clone())) as Ask))
        .collect();
    let mut outcomes: Vec<Option<Result<Inventory, ShopError>>> = vec![None; asks.len()];
    std::future::poll_fn(|cx| {
        for (ask, outcome) in asks.iter_mut().zip(outcomes.iter_mut()) {
            if let Some(future) = ask {
                if let Poll::Ready(done) = future.as_mut().poll(cx) {
                    *outcome = Some(done);
                    *ask = None;
                }
            }
        }
        if asks.iter().all(Option::is_none) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    let mut sorted = Availability::default();
    for outcome in outcomes.into_iter().flatten() {
        match outcome {
            Ok(inventory) => sorted.in_stock.push(inventory),
            Err(refusal) => sorted.unavailable.push(refusal),
        }
    }
    sorted
}
