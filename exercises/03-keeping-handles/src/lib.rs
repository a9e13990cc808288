//! Concept 03: keeping handles.
//!
//! Work through the exercises in order, one at a time with
//! `cargo test --test handles1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables)]

pub mod handles1;
pub mod handles2;
pub mod handles3;
pub mod handles4;
