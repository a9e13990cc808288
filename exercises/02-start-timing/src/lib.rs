//! Concept 02: when a task starts, lazy futures, and `yield_now`.
//!
//! Work through the exercises in order: `cargo xtask watch`, or one at a
//! time with `cargo test --test timing1` (then 2 to 5) from this folder.

// A stub names what you will need before you use it; timing2 asks for the
// lazy block that clippy would rather see written as an `async fn`.
#![allow(unused_imports, unused_variables, clippy::manual_async_fn)]

pub mod timing1;
pub mod timing2;
pub mod timing3;
pub mod timing4;
pub mod timing5;
