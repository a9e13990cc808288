//! Solutions to concept 02: when a task starts, lazy futures, and `yield_now`.

pub mod timing1;
pub mod timing2;
pub mod timing3;
pub mod timing4;
pub mod timing5;
