//! # errors2: a crash in one task, the others go on (**)
//!
//! `stock_report` asks every warehouse at once (one task per warehouse,
//! each running `Warehouse::ask`) and returns one line per warehouse, in
//! the order given:
//! - `"<product>: 15 in stock"` for an answer (the inventory's `stock`);
//! - `"<product>: <error>"` for a refusal, for example `"bread: out of stock"`;
//! - `"<product>: crashed: <message>"` when its task panicked, with the
//!   panic's own message.
//!
//! `stock_report` itself must not panic.
//!
//! Why: a panic unwinds only its own task (with Rust's default
//! `panic = "unwind"`; under `panic = "abort"` any panic ends the process). tokio catches it at the task's
//! edge and keeps it in the handle; the other tasks never notice.
//! `handle.await` then gives `Err(e)` with `e.is_panic()`, and
//! `e.into_panic()` is the value `panic!` was given: a `&'static str` for
//! `panic!("a literal")`, a `String` for `panic!("{}", x)`.
//! `payload.downcast_ref::<T>()` tries one type. A report that says only
//! "crashed" tells nobody what broke.
//!
//! Python: "Wrapping individual await calls in try-except blocks allows you
//! to prevent one failure from stopping the entire application":
//! `try: await task` / `except Exception as e:` report `str(e)`.
//!
//! Test: `cargo test --test errors2` (from `exercises/05-error-propagation`).
//! Stuck: `cargo xtask hint errors2`.

use std::any::Any;

use tasklings::Timeline;
use tasklings::shop::Warehouse;

/// Asks every warehouse at once; one line per warehouse, in the order given.
pub async fn stock_report(warehouses: Vec<Warehouse>, timeline: &Timeline) -> Vec<String> {
    todo!("spawn each warehouse's ask, then await each handle and describe what came back")
}
