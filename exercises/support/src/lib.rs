//! Support for the tasklings exercises and their tests.
//!
//! - [`Timeline`]: tasks log named events; each is stamped with the virtual
//!   time since the test began. Tests compare the whole timeline at once.
//! - [`paused`]: runs a test on tokio's paused clock under a hang guard;
//!   [`impatient_paused`], the same on a runtime that returns to the test's
//!   own future after every task; [`multi_thread`], for the few tests the
//!   paused clock cannot run.
//! - [`shop`]: the services of the article (inventory, shipping) to call,
//!   a connection [`shop::Pool`], and [`shop::Warehouse`]s that answer,
//!   refuse or crash on cue.
//! - [`DropLog`] and [`Timeline::on_cancel`]: put cancellation on the
//!   timeline, at the virtual time it lands.
//! - [`crowd_at`]: a busy runtime, so that "it is gone" cannot rest on an
//!   idle one.
//! - [`must_not_panic`] and [`catch_panic`]: a panic in the code under test
//!   becomes a failure that says what it means.
//! - [`impatient`]: awaits code under test without the turn a `yield_now`
//!   gives other tasks, so "yield and hope it finished" fails every run.
//! - [`cpu`]: stand-ins for CPU-bound work, and the heartbeat that shows
//!   whether the other tasks kept running while it ran.
//!
//! You never need to edit this crate.

#![warn(missing_docs)]

mod cancel;
pub mod cpu;
mod crowd;
mod expect;
mod guard;
mod impatient;
mod lanes;
mod no_panic;
mod panics;
pub mod shop;
mod timeline;
mod tokio_panics;

pub use cancel::DropLog;
pub use crowd::{CROWD, crowd_at};
pub use expect::{DRAW_VARIABLE, Expectation, ms, secs};
pub use guard::{HANG_LIMIT, HANG_LIMIT_VARIABLE, impatient_paused, multi_thread, paused};
pub use impatient::impatient;
pub use no_panic::must_not_panic;
pub use panics::{FULL_PANICS, catch_panic, stage_next_panic};
#[doc(hidden)]
pub use pretty_assertions as __pretty_assertions;
pub use pretty_assertions::assert_ne;

/// `pretty_assertions::assert_eq!` that says which side is which: the
/// tests here always write `assert_eq!(yours, expected, ...)`.
#[macro_export]
macro_rules! assert_eq {
    ($yours:expr, $expected:expr $(,)?) => {
        $crate::__pretty_assertions::assert_eq!(
            $yours,
            $expected,
            "yours on the left (<), expected on the right (>)"
        )
    };
    ($yours:expr, $expected:expr, $($message:tt)+) => {
        $crate::__pretty_assertions::assert_eq!(
            $yours,
            $expected,
            "{}\n(yours on the left (<), expected on the right (>))",
            format_args!($($message)+)
        )
    };
}
pub use timeline::{Event, Events, Timeline, seconds};
