//! Concept 01: spawning tasks.
//!
//! Work through the exercises in order: `cargo xtask watch`, or one at a
//! time with `cargo test --test spawning1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables)]

pub mod spawning1;
pub mod spawning2;
pub mod spawning3;
pub mod spawning4;
