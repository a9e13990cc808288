//! Grading each exercise on its own. A concept's exercises share one crate,
//! so one file that does not compile stops the whole crate from building.
//! When every error is in some exercises' own files, the others are built
//! from a scratch copy of the crate that leaves the broken ones out, and
//! keep their grades.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::Table;

use crate::Error;
use crate::info::{Concept, Exercise};
use crate::layout::relative;
use crate::run::{self, BUILD_LIMIT, Build, BuildFailure, BuildTarget, CompileError};
use crate::scratch::{self, path_literal, write_if_changed};

/// The exercises whose own files (stub or test file) the errors point at,
/// each with its file and first error; `None` if some error points anywhere
/// else (the crate's `lib.rs`, the support crate), which no exercise can be
/// left out to fix.
pub fn broken_exercises(
    root: &Path,
    exercises: &[&Exercise],
    errors: &[CompileError],
) -> Option<BTreeMap<String, String>> {
    if errors.is_empty() {
        return None;
    }
    let mut broken = BTreeMap::new();
    for error in errors {
        let owner = exercises.iter().find_map(|exercise| {
            [exercise.stub(root), exercise.test_file(root)]
                .into_iter()
                .map(|path| relative(root, &path))
                .find(|file| error.files.iter().any(|f| same_file(f, file)))
                .map(|file| (exercise, file))
        })?;
        let (exercise, file) = owner;
        broken
            .entry(exercise.name.clone())
            .or_insert_with(|| format!("{file} does not compile:\n{}", error.rendered.trim_end()));
    }
    Some(broken)
}

/// rustc names a file as cargo passed it: relative to the workspace for a
/// member, absolute for a scratch package. `relative` is from the top.
fn same_file(named: &str, relative: &str) -> bool {
    named.replace('\\', "/").ends_with(relative)
}

/// Builds the test binaries of `concept`'s exercises that are not `broken`
/// (only those in `only`, when it is not empty), from a scratch copy of the
/// crate whose `lib.rs` leaves the broken exercises' modules out.
pub fn build_without(
    root: &Path,
    concept: &Concept,
    exercises: &[&Exercise],
    broken: &BTreeMap<String, String>,
    only: &[&str],
) -> Result<Build, BuildFailure> {
    let manifest = write_package(root, concept, exercises, broken).map_err(|e| BuildFailure {
        timed_out: false,
        message: e.to_string(),
        errors: Vec::new(),
    })?;
    let tests: Vec<&str> = only
        .iter()
        .copied()
        .filter(|name| !broken.contains_key(*name))
        .collect();
    run::build_tests(root, BuildTarget::Manifest(&manifest), &tests, BUILD_LIMIT)
}

fn write_package(
    root: &Path,
    concept: &Concept,
    exercises: &[&Exercise],
    broken: &BTreeMap<String, String>,
) -> Result<PathBuf, Error> {
    let dir = scratch::dir(root, &format!("isolated/{}", concept.dir));
    let src = concept.exercise_dir(root).join("src");
    let lib_rs = scratch::read(&src.join("lib.rs"))?;
    let lib: String = lib_rs
        .lines()
        .map(|line| {
            let module = line
                .trim()
                .strip_prefix("pub mod ")
                .and_then(|rest| rest.strip_suffix(';'));
            match module {
                Some(name) if broken.contains_key(name) => {
                    format!("// {name} is left out: it does not compile.\n")
                }
                Some(name) => format!(
                    "#[path = {}]\npub mod {name};\n",
                    path_literal(&src.join(format!("{name}.rs")))
                ),
                None => format!("{line}\n"),
            }
        })
        .collect();
    write_if_changed(&dir.join("src/lib.rs"), &lib)?;

    let mut sections = Table::new();
    let mut library = Table::new();
    library.insert("name".into(), scratch::lib_name(concept).into());
    library.insert("path".into(), "src/lib.rs".into());
    library.insert("test".into(), false.into());
    library.insert("doctest".into(), false.into());
    sections.insert("lib".into(), library.into());
    let tests: Vec<toml::Value> = exercises
        .iter()
        .filter(|e| !broken.contains_key(&e.name))
        .map(|e| {
            let mut test = Table::new();
            test.insert("name".into(), e.name.clone().into());
            test.insert(
                "path".into(),
                e.test_file(root).to_string_lossy().into_owned().into(),
            );
            test.into()
        })
        .collect();
    sections.insert("test".into(), toml::Value::Array(tests));
    let manifest = concept.exercise_dir(root).join("Cargo.toml");
    sections.insert(
        "dependencies".into(),
        scratch::dependencies(root, &[manifest])?.into(),
    );
    scratch::write_package(
        root,
        &dir,
        &concept.package,
        sections,
        scratch::DebugInfo::AsTheWorkspace,
    )
}
