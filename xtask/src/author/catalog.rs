//! `cargo xtask catalog`: how an instructor adds or edits a catalogued
//! answer. Write a whole answer (a copy of the solution, edited); the
//! command stores only its difference from the solution, and lists it in
//! `exercises/info.toml` with placeholders for what only the author knows.

use std::path::Path;

use super::{PLACEHOLDER, info_toml};
use crate::catalog::{self, Entry, Kind, PATCH_EXTENSION};
use crate::info::{Exercise, Info};
use crate::layout::relative;
use crate::{Error, scratch};

/// Stores `answer` as a patch against `exercise`'s solution, and says what
/// `exercises/info.toml` needs if the entry is not listed yet.
pub fn catalog(info: &Info, exercise: &Exercise, answer: &Path, kind: Kind) -> Result<bool, Error> {
    let root = info.root.as_path();
    let stem = answer
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let solution_path = exercise.solution(root);
    let solution = catalog::read_lf(&solution_path).map_err(Error::new)?;
    let text = catalog::read_lf(answer).map_err(Error::new)?;
    let file = format!("{stem}{PATCH_EXTENSION}");
    let target = exercise.catalog_dir(root, kind).join(&file);
    let patch = catalog::create(
        &solution,
        &text,
        &relative(root, &solution_path),
        &relative(root, &target.with_extension("rs")),
    );
    // The same check `check` makes: a patch that changes nothing is no answer.
    catalog::apply(&solution, &patch).map_err(|why| Error::new(format!("{file} {why}")))?;
    scratch::write_if_changed(&target, &patch)?;
    println!("wrote {}", relative(root, &target));

    let listed = match kind {
        Kind::Mistake => exercise.mistakes.iter().any(|m| m.file == file),
        Kind::Variant => exercise.variants.iter().any(|v| v.file == file),
    };
    if !listed {
        let entry = match kind {
            Kind::Mistake => format!(
                "[[exercise.mistake]]\nfile = \"{file}\"\nfails = \"{PLACEHOLDER}: the test it must fail\"\n\
                 phrase = \"{PLACEHOLDER}: words of that test's message that name this mistake\""
            ),
            Kind::Variant => format!("[[exercise.variant]]\nfile = \"{file}\""),
        };
        info_toml::insert(root, &exercise.concept.dir, Some(&exercise.name), &entry)?;
        println!(
            "listed it in exercises/info.toml, after the other entries of {}",
            exercise.name
        );
    }
    println!(
        "\n`cargo xtask check {}` proves it {}{}.",
        exercise.name,
        match kind {
            Kind::Mistake => "is rejected with the words of its phrase",
            Kind::Variant => "passes every test",
        },
        if !listed && kind == Kind::Mistake {
            format!(", once its {PLACEHOLDER}s are filled in")
        } else {
            String::new()
        }
    );
    Ok(true)
}

/// Prints a catalogued answer in full: redirect it to a file, edit it, and
/// store it again with [`catalog`].
pub fn show(info: &Info, exercise: &Exercise, name: &str) -> Result<bool, Error> {
    let wanted = name.trim_end_matches(PATCH_EXTENSION);
    let entry = Entry::all_of(exercise)
        .find(|e| e.stem() == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = Entry::all_of(exercise).map(|e| e.stem()).collect();
            Error::new(format!(
                "{} has no catalogued answer {wanted:?}; it has: {}",
                exercise.name,
                names.join(", ")
            ))
        })?;
    print!("{}", entry.source(&info.root).map_err(Error::new)?);
    Ok(true)
}
