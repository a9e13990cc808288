//! Solutions to concept 04: cancellation.

pub mod cancel1;
pub mod cancel2;
pub mod cancel3;
pub mod cancel4;
