//! Concept 07: CPU-bound work.
//!
//! A task gives its thread back only at an `.await`. Work that computes for
//! a long time without one stops every other task that needs the thread.
//! Move it off the runtime (`spawn_blocking`), cut it into chunks and yield
//! between them, bound how many such jobs run at once (a `Semaphore`), or
//! tell a multi-thread runtime that this worker is about to block
//! (`block_in_place`).
//!
//! Work through the exercises in order, one at a time with
//! `cargo test --test blocking1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables, unused_mut, dead_code)]

pub mod blocking1;
pub mod blocking2;
pub mod blocking3;
pub mod blocking4;
