//! Solutions to concept 03: keeping handles.

pub mod handles1;
pub mod handles2;
pub mod handles3;
pub mod handles4;
