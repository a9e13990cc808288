//! The catalog: each exercise's wrong answers (mistakes) and accepted
//! variants, stored as patches against its solution, so that a reviewer sees
//! the change itself and the solution's given code lives in one place.

use std::fs;
use std::path::{Path, PathBuf};

use crate::info::{Exercise, Mistake};

/// What the tests must make of an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Mistake,
    Variant,
}

impl Kind {
    pub fn word(self) -> &'static str {
        match self {
            Kind::Mistake => "mistake",
            Kind::Variant => "variant",
        }
    }

    /// The folder of such entries, beside the solution's `src/`.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Mistake => "mistakes",
            Kind::Variant => "variants",
        }
    }
}

/// One catalogued answer of one exercise.
#[derive(Clone, Copy)]
pub struct Entry<'a> {
    pub exercise: &'a Exercise,
    pub kind: Kind,
    /// The patch file's name, as listed in `exercises/info.toml`.
    pub file: &'a str,
    /// For a mistake: the test it must fail, and the words it must print.
    pub mistake: Option<&'a Mistake>,
}

impl<'a> Entry<'a> {
    /// Every entry of `exercise`: its mistakes, then its variants.
    pub fn all_of(exercise: &'a Exercise) -> impl Iterator<Item = Entry<'a>> {
        let mistakes = exercise.mistakes.iter().map(move |m| Entry {
            exercise,
            kind: Kind::Mistake,
            file: &m.file,
            mistake: Some(m),
        });
        let variants = exercise.variants.iter().map(move |v| Entry {
            exercise,
            kind: Kind::Variant,
            file: &v.file,
            mistake: None,
        });
        mistakes.chain(variants)
    }

    pub fn path(&self, root: &Path) -> PathBuf {
        self.exercise.catalog_dir(root, self.kind).join(self.file)
    }

    /// The file name without `.patch`: also the entry's module name in the
    /// catalog's test binary, so it must be a Rust identifier.
    pub fn stem(&self) -> &'a str {
        self.file.strip_suffix(PATCH_EXTENSION).unwrap_or(self.file)
    }

    /// `spawning2: mistake completion_order.patch`, for messages.
    pub fn label(&self) -> String {
        format!("{}: {} {}", self.exercise.name, self.kind.word(), self.file)
    }

    /// The answer's source: the patch applied to the solution.
    pub fn source(&self, root: &Path) -> Result<String, String> {
        let solution = read_lf(&self.exercise.solution(root))?;
        let patch = read_lf(&self.path(root))?;
        apply(&solution, &patch).map_err(|why| {
            format!(
                "{}: {why}. Rewrite it against the current solution: \
                 `cargo xtask catalog {} <your edited copy of the solution>.rs`",
                self.label(),
                self.exercise.name
            )
        })
    }
}

pub const PATCH_EXTENSION: &str = ".patch";

/// Applies `patch` to `solution`. An answer the patch leaves unchanged
/// (or changed only in comments and spacing) is an error: it would test
/// the solution itself.
pub fn apply(solution: &str, patch: &str) -> Result<String, String> {
    let parsed =
        diffy::Patch::from_str(patch).map_err(|e| format!("is not a unified diff ({e})"))?;
    let answer = diffy::apply(solution, &parsed)
        .map_err(|e| format!("no longer applies to the solution ({e})"))?;
    if code_only(&answer) == code_only(solution) {
        return Err(
            "is the solution itself (it changes nothing but comments or spacing)".to_owned(),
        );
    }
    Ok(answer)
}

/// The patch that turns `solution` into `answer`, with headers naming both.
pub fn create(solution: &str, answer: &str, solution_name: &str, answer_name: &str) -> String {
    diffy::DiffOptions::new()
        .set_original_filename(solution_name.to_owned())
        .set_modified_filename(answer_name.to_owned())
        .create_patch(solution, answer)
        .to_string()
}

/// The text with `//` comments and all whitespace removed, to compare code.
fn code_only(text: &str) -> String {
    text.lines()
        .map(|line| line.split_once("//").map_or(line, |(code, _)| code))
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Reads a file with Windows line endings turned into `\n`, so that a
/// checkout with `core.autocrlf` still applies its patches.
pub fn read_lf(path: &Path) -> Result<String, String> {
    fs::read_to_string(path)
        .map(|text| text.replace("\r\n", "\n"))
        .map_err(|e| format!("cannot read {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOLUTION: &str = "fn f() -> u32 {\n    // the answer\n    42\n}\n";

    #[test]
    fn a_patch_round_trips() {
        let answer = SOLUTION.replace("42", "41");
        let patch = create(SOLUTION, &answer, "solution.rs", "mistake.rs");
        assert_eq!(apply(SOLUTION, &patch), Ok(answer));
    }

    #[test]
    fn a_patch_that_changes_only_comments_is_the_solution_itself() {
        let answer = SOLUTION.replace("the answer", "the real answer");
        let patch = create(SOLUTION, &answer, "solution.rs", "mistake.rs");
        let error = apply(SOLUTION, &patch).unwrap_err();
        assert!(error.contains("is the solution itself"), "{error}");
    }

    #[test]
    fn a_patch_against_an_older_solution_does_not_apply() {
        let patch = create(SOLUTION, &SOLUTION.replace("42", "41"), "a", "b");
        let newer = SOLUTION.replace("42", "43");
        let error = apply(&newer, &patch).unwrap_err();
        assert!(error.contains("no longer applies"), "{error}");
    }
}
