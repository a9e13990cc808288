//! The instructor's authoring commands: `cargo xtask new` scaffolds an
//! exercise, `cargo xtask catalog` stores a wrong answer or an accepted
//! variant. Both write what they can and leave `TODO` placeholders that
//! `cargo xtask check` names until they are filled in.

mod catalog;
mod info_toml;
mod new;

pub use catalog::{catalog, show};
pub use new::new_exercise;

/// What every placeholder starts with; `check` reports each one left.
pub const PLACEHOLDER: &str = "TODO";
