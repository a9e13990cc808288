//! The services from the article, simulated: each logs its start and end on
//! the timeline and takes a fixed amount of virtual time.
//!
//! Also: [`Pool`], a pool of database connections that logs what is taken
//! and given back, and [`Warehouse`], a warehouse that answers, refuses or
//! crashes on cue, for the cancellation and error exercises.

mod pool;
mod warehouse;

use std::future::Future;
use std::time::Duration;

use crate::Timeline;

pub use pool::{Connection, Pool};
pub use warehouse::{ShopError, Warehouse};

/// What `check_inventory` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inventory {
    /// The product asked about.
    pub product: String,
    /// How many are in stock.
    pub stock: u32,
}

/// What `estimate_shipping` answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipping {
    /// The product asked about.
    pub product: String,
    /// What shipping costs, in cents.
    pub cost: u32,
    /// How many days it takes.
    pub days: u32,
}

/// Checks the stock of `product`: logs `inventory: start`, takes 2 s, logs `inventory: end`.
pub async fn check_inventory(product: &str, timeline: &Timeline) -> Inventory {
    timeline.log("inventory: start");
    tokio::time::sleep(Duration::from_secs(2)).await;
    timeline.log("inventory: end");
    Inventory {
        product: product.to_owned(),
        stock: 15,
    }
}

/// Estimates shipping for `product`: logs `shipping: start`, takes 1 s, logs `shipping: end`.
pub async fn estimate_shipping(product: &str, timeline: &Timeline) -> Shipping {
    timeline.log("shipping: start");
    tokio::time::sleep(Duration::from_secs(1)).await;
    timeline.log("shipping: end");
    Shipping {
        product: product.to_owned(),
        cost: 500,
        days: 2,
    }
}

/// Asks a warehouse for the stock of `product`, which takes `latency`:
/// logs `<product>: start` and `<product>: end`.
pub async fn fetch_stock(product: &str, latency: Duration, timeline: &Timeline) -> Inventory {
    timeline.log(format!("{product}: start"));
    tokio::time::sleep(latency).await;
    timeline.log(format!("{product}: end"));
    Inventory {
        product: product.to_owned(),
        stock: product.len() as u32,
    }
}

/// `fetch_stock` as a future that owns what it needs, ready for
/// `tokio::spawn`, and that logs `<product>: cancelled` if it is dropped
/// after it started and before it ended (see [`Timeline::on_cancel`]).
pub fn stock_request(
    product: &str,
    latency: Duration,
    timeline: &Timeline,
) -> impl Future<Output = Inventory> + Send + 'static {
    let (product, owned) = (product.to_owned(), timeline.clone());
    timeline.on_cancel(&product.clone(), async move {
        fetch_stock(&product, latency, &owned).await
    })
}

/// A service called `name` that answers `answer` after `latency`: logs
/// `<name>: start` and `<name>: end`.
pub async fn service(name: &str, latency: Duration, answer: u32, timeline: &Timeline) -> u32 {
    timeline.log(format!("{name}: start"));
    tokio::time::sleep(latency).await;
    timeline.log(format!("{name}: end"));
    answer
}

/// A service called `name` that breaks: logs `<name>: start`, and after
/// `after` panics with `<name> service unavailable` (a formatted message, so
/// the panic's payload is a `String`, not a `&str`).
pub async fn broken_service(name: &str, after: Duration, timeline: &Timeline) -> u32 {
    timeline.log(format!("{name}: start"));
    tokio::time::sleep(after).await;
    crate::panics::stage_next_panic();
    panic!("{name} service unavailable")
}
