//! Warehouses that answer on cue, for the error exercises: after a set time
//! each one answers with stock, refuses with an error, or crashes (panics).

use std::fmt;
use std::time::Duration;

use super::Inventory;
use crate::Timeline;

/// Why a warehouse refused; each names the product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShopError {
    /// The warehouse has none of the product.
    OutOfStock(String),
    /// The warehouse did not answer.
    Unreachable(String),
}

impl fmt::Display for ShopError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShopError::OutOfStock(_) => f.write_str("out of stock"),
            ShopError::Unreachable(_) => f.write_str("unreachable"),
        }
    }
}

impl std::error::Error for ShopError {}

/// A warehouse for one product that answers after `latency`, the way the
/// test set it up. Ask it with [`Warehouse::ask`].
#[derive(Debug, Clone)]
pub struct Warehouse {
    product: String,
    latency: Duration,
    answer: Answer,
}

#[derive(Debug, Clone)]
enum Answer {
    Stock,
    Refuses(ShopError),
    // `panic!("literal")` carries a `&'static str`, `panic!("{x}")` a `String`.
    CrashesWith(&'static str),
    CrashesWithFormatted(String),
}

// How many units a stocked warehouse has, as in the article.
const STOCK: u32 = 15;

impl Warehouse {
    /// Answers with 15 units of `product` (as in the article) after `latency`.
    pub fn stocked(product: &str, latency: Duration) -> Self {
        Self::new(product, latency, Answer::Stock)
    }

    /// Refuses with [`ShopError::OutOfStock`] after `latency`.
    pub fn out_of_stock(product: &str, latency: Duration) -> Self {
        let error = ShopError::OutOfStock(product.to_owned());
        Self::new(product, latency, Answer::Refuses(error))
    }

    /// Refuses with [`ShopError::Unreachable`] after `latency`.
    pub fn unreachable(product: &str, latency: Duration) -> Self {
        let error = ShopError::Unreachable(product.to_owned());
        Self::new(product, latency, Answer::Refuses(error))
    }

    /// Panics after `latency` the way `panic!("a literal")` does: the
    /// payload is a `&'static str`.
    pub fn crashes(product: &str, latency: Duration, message: &'static str) -> Self {
        Self::new(product, latency, Answer::CrashesWith(message))
    }

    /// Panics after `latency` the way `panic!("{}", x)` does: the payload is
    /// a `String`.
    pub fn crashes_formatted(product: &str, latency: Duration, message: String) -> Self {
        Self::new(product, latency, Answer::CrashesWithFormatted(message))
    }

    /// The product this warehouse is asked about.
    pub fn product(&self) -> &str {
        &self.product
    }

    /// Asks the warehouse. Logs `<product>: start`, waits its latency, then
    /// logs `<product>: end` and answers, or logs `<product>: refused (<error>)`
    /// and returns the error, or logs `<product>: crashed` and panics. If the
    /// request is dropped before it answers, it logs `<product>: cancelled`.
    pub async fn ask(self, timeline: Timeline) -> Result<Inventory, ShopError> {
        let Warehouse {
            product,
            latency,
            answer,
        } = self;
        let (name, probe) = (product.clone(), timeline.clone());
        let request = async move {
            timeline.log(format!("{product}: start"));
            tokio::time::sleep(latency).await;
            match answer {
                Answer::Stock => {
                    timeline.log(format!("{product}: end"));
                    Ok(Inventory {
                        product,
                        stock: STOCK,
                    })
                }
                Answer::Refuses(error) => {
                    timeline.log(format!("{product}: refused ({error})"));
                    Err(error)
                }
                Answer::CrashesWith(message) => {
                    timeline.log(format!("{product}: crashed"));
                    crate::panics::stage_next_panic();
                    std::panic::panic_any(message)
                }
                Answer::CrashesWithFormatted(message) => {
                    timeline.log(format!("{product}: crashed"));
                    crate::panics::stage_next_panic();
                    panic!("{message}")
                }
            }
        };
        probe.on_cancel(&name, request).await
    }

    fn new(product: &str, latency: Duration, answer: Answer) -> Self {
        Warehouse {
            product: product.to_owned(),
            latency,
            answer,
        }
    }
}
