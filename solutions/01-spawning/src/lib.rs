//! Solutions to concept 01: spawning tasks.

pub mod spawning1;
pub mod spawning2;
pub mod spawning3;
pub mod spawning4;
