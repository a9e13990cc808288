//! Support for the tasklings exercises and their tests.
//!
//! - [`Timeline`]: tasks log named events; each is stamped with the virtual
//!   time since the test began. Tests compare the whole timeline at once.
//! - [`paused`]: runs a test on tokio's paused clock under a hang guard;
//!   [`multi_thread`], for the few tests the paused clock cannot run.
//! - [`shop`]: the services of the article (inventory, shipping) to call.
//! - [`cpu`]: stand-ins for CPU-bound work, and the heartbeat that shows
//!   whether the other tasks kept running while it ran.
//!
//! You never need to edit this crate.

pub mod cpu;
mod expect;
mod guard;
mod panics;
pub mod shop;
mod timeline;

pub use expect::{Expectation, ms, secs};
pub use guard::{HANG_LIMIT, multi_thread, paused};
pub use panics::{FULL_PANICS, catch_panic};
pub use pretty_assertions::{assert_eq, assert_ne};
pub use timeline::{Event, Events, Timeline, seconds};
