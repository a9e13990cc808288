//! Variant of timing2: a hand-written Future that builds its Sleep on the
//! first poll.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tasklings::Timeline;

/// How long placing an order takes.
pub const ORDER_TAKES: Duration = Duration::from_secs(2);

/// A future that places an order when polled: logs, waits, logs, yields 42.
// Written out on purpose: this block is what `async fn` stands for.
pub fn place_order(timeline: Timeline) -> impl Future<Output = u32> {
    PlaceOrder {
        timeline,
        wait: None,
    }
}

/// The order: `wait` is made on the first poll, not before.
struct PlaceOrder {
    timeline: Timeline,
    wait: Option<Pin<Box<tokio::time::Sleep>>>,
}

impl Future for PlaceOrder {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.wait.is_none() {
            self.timeline.log("order: start");
            self.wait = Some(Box::pin(tokio::time::sleep(ORDER_TAKES)));
        }
        let wait = self.wait.as_mut().expect("made above");
        match wait.as_mut().poll(cx) {
            Poll::Ready(()) => {
                self.timeline.log("order: end");
                Poll::Ready(42)
            }
            Poll::Pending => Poll::Pending,
        }
    }
}
