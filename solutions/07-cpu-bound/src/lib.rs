//! Solutions to concept 07: CPU-bound work.

pub mod blocking1;
pub mod blocking2;
pub mod blocking3;
pub mod blocking4;
