//! Concept 04: cancellation.
//!
//! Work through the exercises in order, one at a time with
//! `cargo test --test cancel1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables)]

pub mod cancel1;
pub mod cancel2;
pub mod cancel3;
pub mod cancel4;
