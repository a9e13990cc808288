//! Solutions to concept 06: naming tasks.

pub mod naming1;
pub mod naming2;
pub mod naming3;
pub mod naming4;
