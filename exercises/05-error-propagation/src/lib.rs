//! Concept 05: error propagation.
//!
//! Work through the exercises in order, one at a time with
//! `cargo test --test errors1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables)]

pub mod errors1;
pub mod errors2;
pub mod errors3;
pub mod errors4;
