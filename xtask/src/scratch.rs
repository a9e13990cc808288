//! Scratch crates under `target/`: a copy of a solution crate with one file
//! replaced (by a catalogued mistake, say), built against the same test file.
//! Nothing in the workspace is touched, so an interrupted check leaves no trace.

use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::Error;
use crate::info::{Concept, Exercise};

/// Writes a crate at `target/tasklings/<label>/` whose library is the
/// solution crate of `exercise`'s concept with `replacement` standing in for
/// the exercise's file, and whose one test is the exercise's test file.
/// Returns the crate's manifest. Files are rewritten only when they change,
/// so cargo rebuilds only what did.
pub fn crate_with(
    root: &Path,
    exercise: &Exercise,
    replacement: &Path,
    label: &str,
) -> Result<PathBuf, Error> {
    let dir = root.join("target").join("tasklings").join(label);
    let src = dir.join("src");
    fs::create_dir_all(&src)
        .map_err(|e| Error::new(format!("cannot create {}: {e}", src.display())))?;

    let solution_src = exercise.concept.solution_dir(root).join("src");
    for entry in read_dir(&solution_src)? {
        let name = entry.file_name();
        let from = if name.to_string_lossy() == format!("{}.rs", exercise.name) {
            replacement.to_owned()
        } else {
            entry.path()
        };
        write_if_changed(&src.join(&name), &read(&from)?)?;
    }
    write_if_changed(&dir.join("Cargo.toml"), &manifest(root, exercise, label)?)?;
    write_if_changed(&dir.join("Cargo.lock"), &read(&root.join("Cargo.lock"))?)?;
    Ok(dir.join("Cargo.toml"))
}

fn manifest(root: &Path, exercise: &Exercise, label: &str) -> Result<String, Error> {
    let concept = &exercise.concept;
    let workspace = parse_toml(&root.join("Cargo.toml"))?;
    let solution = parse_toml(&concept.solution_dir(root).join("Cargo.toml"))?;
    let shared = workspace
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(Value::as_table);

    let mut out = Table::new();
    let mut package = Table::new();
    package.insert(
        "name".into(),
        format!("scratch-{}", label.replace('/', "-")).into(),
    );
    package.insert("version".into(), "0.0.0".into());
    package.insert("edition".into(), "2024".into());
    package.insert("publish".into(), false.into());
    package.insert("autotests".into(), false.into());
    out.insert("package".into(), package.into());

    let mut lib = Table::new();
    lib.insert("name".into(), lib_name(concept).into());
    out.insert("lib".into(), lib.into());

    for section in ["dependencies", "dev-dependencies"] {
        let Some(deps) = solution.get(section).and_then(Value::as_table) else {
            continue;
        };
        let mut resolved = Table::new();
        for (name, spec) in deps {
            let inherits = spec.get("workspace").and_then(Value::as_bool) == Some(true);
            let spec = match (inherits, shared.and_then(|s| s.get(name))) {
                (true, Some(shared)) => shared.clone(),
                (true, None) => {
                    return Err(Error::new(format!(
                        "{name} is not in [workspace.dependencies]"
                    )));
                }
                (false, _) => spec.clone(),
            };
            resolved.insert(name.clone(), absolute_paths(root, spec));
        }
        out.insert(section.into(), resolved.into());
    }

    let mut test = Table::new();
    test.insert("name".into(), exercise.name.clone().into());
    test.insert(
        "path".into(),
        exercise
            .test_file(root)
            .to_string_lossy()
            .into_owned()
            .into(),
    );
    out.insert("test".into(), Value::Array(vec![test.into()]));
    // Its own workspace: the scratch crate is not a member of ours.
    out.insert("workspace".into(), Table::new().into());
    Ok(format!(
        "# Written by `cargo xtask`; rewritten on every run.\n{out}"
    ))
}

/// The library name both the exercise and the solution crates share.
pub fn lib_name(concept: &Concept) -> String {
    concept.package.replace('-', "_")
}

fn absolute_paths(root: &Path, spec: Value) -> Value {
    match spec {
        Value::Table(mut table) => {
            if let Some(path) = table.get("path").and_then(Value::as_str) {
                let absolute = root.join(path).to_string_lossy().into_owned();
                table.insert("path".into(), absolute.into());
            }
            Value::Table(table)
        }
        other => other,
    }
}

fn parse_toml(path: &Path) -> Result<Table, Error> {
    read(path)?
        .parse()
        .map_err(|e| Error::new(format!("{} is not valid TOML: {e}", path.display())))
}

fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))
}

fn read_dir(dir: &Path) -> Result<Vec<fs::DirEntry>, Error> {
    let entries =
        fs::read_dir(dir).map_err(|e| Error::new(format!("cannot list {}: {e}", dir.display())))?;
    Ok(entries.filter_map(Result::ok).collect())
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), Error> {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    fs::write(path, text).map_err(|e| Error::new(format!("cannot write {}: {e}", path.display())))
}
