//! Capstone: the order service from the article, grown up.
//!
//! One exercise that uses what the concepts before it taught: spawning,
//! names and ids, CPU-bound work, a deadline that cancels, and errors that
//! do not sink the rest. Run its tests with `cargo test --test capstone1`
//! from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables, dead_code)]

pub mod capstone1;
