//! Concept 06: naming tasks.
//!
//! Python names a task when it creates it (`create_task(coro, name="inventory")`)
//! and reads the name back with `task.get_name()`. Stable tokio has no API to
//! read a task's name: `tokio::task::Builder::new().name("inventory").spawn(..)`
//! exists only when you build with `RUSTFLAGS="--cfg tokio_unstable"` and
//! tokio's `tracing` feature, and then only tools such as tokio-console see
//! it. What stable tokio gives you is an id per task (`tokio::task::Id`):
//! `tokio::task::id()` inside the task, `JoinHandle::id()` outside it, and
//! `JoinSet::join_next_with_id` when it ends. The names are yours to carry.
//!
//! Work through the exercises in order, one at a time with
//! `cargo test --test naming1` (then 2, 3, 4) from this folder.

// A stub names what you will need before you use it.
#![allow(unused_imports, unused_variables, dead_code)]

pub mod naming1;
pub mod naming2;
pub mod naming3;
pub mod naming4;
