//! Solutions to concept 05: error propagation.

pub mod errors1;
pub mod errors2;
pub mod errors3;
pub mod errors4;
