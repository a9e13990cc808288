//! Mistake: every ask is polled by hand in the caller, with no task per
//! warehouse: they run at once, but not each in a task of its own.

use std::future::Future;
use std::pin::Pin;
use std::task::Poll;

use tasklings::Timeline;
use tasklings::shop::{Inventory, ShopError, Warehouse};

type Ask = Pin<Box<dyn Future<Output = Result<Inventory, ShopError>> + Send>>;

pub async fn reserve_all(
    warehouses: Vec<Warehouse>,
    timeline: &Timeline,
) -> Result<Vec<Inventory>, ShopError> {
    let mut asks: Vec<Option<Ask>> = warehouses
        .into_iter()
        .map(|w| Some(Box::pin(w.ask(timeline.clone())) as Ask))
        .collect();
    let mut answers: Vec<Option<Inventory>> = vec![None; asks.len()];
    let refusal = std::future::poll_fn(|cx| {
        for (ask, answer) in asks.iter_mut().zip(answers.iter_mut()) {
            if let Some(future) = ask {
                match future.as_mut().poll(cx) {
                    Poll::Ready(Ok(inventory)) => {
                        *answer = Some(inventory);
                        *ask = None;
                    }
                    Poll::Ready(Err(refusal)) => {
                        *ask = None;
                        return Poll::Ready(Some(refusal));
                    }
                    Poll::Pending => {}
                }
            }
        }
        if asks.iter().all(Option::is_none) {
            Poll::Ready(None)
        } else {
            Poll::Pending
        }
    })
    .await;
    drop(asks);
    match refusal {
        Some(refusal) => Err(refusal),
        None => Ok(answers.into_iter().flatten().collect()),
    }
}
