//! Solution to the capstone: the order service.

pub mod capstone1;
