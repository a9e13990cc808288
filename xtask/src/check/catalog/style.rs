//! A catalogued answer is code an instructor reads and edits: formatted
//! and linted like the rest of the workspace.

use std::collections::BTreeMap;
use std::path::Path;

use toml::Table;

use super::{answer_file, module, module_key, points_into};
use crate::catalog::{Entry, Kind};
use crate::info::Info;
use crate::run::{self, BUILD_LIMIT, TEST_LIMIT};
use crate::scratch::{self, path_literal, write_if_changed};

/// The entries whose answer rustfmt would change, each with what to do.
pub fn unformatted(
    root: &Path,
    ready: &[(Entry<'_>, String)],
) -> BTreeMap<(String, String), String> {
    let dir = scratch::dir(root, "catalog").join("formatting");
    let mut files = Vec::new();
    for (entry, source) in ready {
        let file = dir.join(format!("{}-{}.rs", entry.exercise.name, module(entry)));
        if write_if_changed(&file, source).is_ok() {
            files.push((entry, file));
        }
    }
    let mut command = std::process::Command::new("rustfmt");
    command
        .args(["--edition", "2024", "--check", "-l"])
        .args(files.iter().map(|(_, file)| file));
    let Ok(output) = run::run(command, TEST_LIMIT) else {
        return BTreeMap::new();
    };
    let listed = output.stdout.replace('\\', "/");
    files
        .into_iter()
        .filter(|(_, file)| listed.contains(&file.to_string_lossy().replace('\\', "/")))
        .map(|(entry, _)| {
            let problem = format!(
                "{}: its answer is not formatted as rustfmt would. {}",
                entry.label(),
                store_again(entry, "`rustfmt --edition 2024 {stem}.rs`")
            );
            (module_key(entry), problem)
        })
        .collect()
}

/// The entries whose answer clippy warns about, with the workspace's lints,
/// each with its warnings and what to do; or why clippy could not say.
///
/// Every answer is a public module of one library, `<target>/tasklings/
/// <scratch>`, as a student's file is a module of the concept's library:
/// what it makes public is not dead code.
pub fn unlinted(
    info: &Info,
    ready: &[(Entry<'_>, String)],
    scratch: &str,
) -> Result<BTreeMap<(String, String), String>, String> {
    let root = info.root.as_path();
    let dir = scratch::dir(root, scratch);
    let mut lib = String::from(
        "// Written by `cargo xtask check`: every catalogued answer as a module of a\n\
         // library, for clippy.\n",
    );
    for (entry, source) in ready {
        let file = answer_file(&dir, entry);
        write_if_changed(&file, source).map_err(|e| e.to_string())?;
        lib.push_str(&format!(
            "#[path = {}]\npub mod {}_{};\n",
            path_literal(&file),
            entry.exercise.name,
            module(entry)
        ));
    }
    write_if_changed(&dir.join("lib.rs"), &lib).map_err(|e| e.to_string())?;
    let mut sections = Table::new();
    let mut target = Table::new();
    target.insert("path".into(), "lib.rs".into());
    sections.insert("lib".into(), target.into());
    sections.insert(
        "dependencies".into(),
        scratch::solution_dependencies(root, &info.concepts)
            .map_err(|e| e.to_string())?
            .into(),
    );
    if let Some(lints) = scratch::workspace_lints(root).map_err(|e| e.to_string())? {
        sections.insert("lints".into(), lints);
    }
    let manifest = scratch::write_package(root, &dir, scratch, sections, scratch::DebugInfo::None)
        .map_err(|e| e.to_string())?;
    let warnings = run::clippy_warnings(root, &manifest, BUILD_LIMIT)?;

    let mut found = BTreeMap::new();
    for (entry, _) in ready {
        let file = answer_file(&dir, entry);
        let mine: Vec<&run::CompileError> =
            warnings.iter().filter(|w| points_into(w, &file)).collect();
        if mine.is_empty() {
            continue;
        }
        let lints: Vec<&str> = mine.iter().filter_map(|w| w.lint.as_deref()).collect();
        let rendered: Vec<&str> = mine.iter().map(|w| w.rendered.trim_end()).collect();
        let problem = format!(
            "{}: clippy warns about its answer ({}). {} If a warning is the mistake itself, \
             say so on the item instead: #[expect(<lint>, reason = \"...\")].\n{}",
            entry.label(),
            lints.join(", "),
            store_again(entry, "fix it"),
            rendered.join("\n")
        );
        found.insert(module_key(entry), problem);
    }
    Ok(found)
}

/// How to change a stored answer: print it, `change` it, store it again.
fn store_again(entry: &Entry<'_>, change: &str) -> String {
    let (ex, stem) = (&entry.exercise.name, entry.stem());
    let variant = if entry.kind == Kind::Variant {
        " --variant"
    } else {
        ""
    };
    let change = change.replace("{stem}", stem);
    format!(
        "Store it again: `cargo xtask catalog {ex} --show {stem} > {stem}.rs`, {change}, \
         then `cargo xtask catalog {ex} {stem}.rs{variant}`."
    )
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::info::{Concept, Exercise, Variant};

    /// spawning2, with two variants: `tidy.patch` and `untidy.patch`.
    fn two_variants() -> Exercise {
        Exercise {
            name: "spawning2".into(),
            concept: Concept {
                dir: "01-spawning".into(),
                package: "spawning".into(),
                title: "Spawning".into(),
            },
            title: String::new(),
            grade: "*".into(),
            points: 10,
            hint: String::new(),
            mistakes: Vec::new(),
            variants: ["tidy.patch", "untidy.patch"]
                .map(|file| Variant { file: file.into() })
                .into(),
        }
    }

    #[test]
    fn an_answer_rustfmt_would_change_is_named_with_how_to_store_it_again() {
        let root = std::env::temp_dir().join(format!("tasklings-format-{}", std::process::id()));
        let exercise = two_variants();
        let entries: Vec<Entry<'_>> = Entry::all_of(&exercise).collect();
        let ready = vec![
            (entries[0], "pub fn f() -> u32 {\n    1\n}\n".to_owned()),
            (entries[1], "pub fn f()->u32{1}\n".to_owned()),
        ];

        let found = unformatted(&root, &ready);

        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(found.len(), 1, "{found:?}");
        let problem = found.values().next().unwrap();
        assert!(
            problem.starts_with("spawning2: variant untidy.patch: its answer is not formatted")
                && problem.contains("cargo xtask catalog spawning2 untidy.rs --variant"),
            "{problem}"
        );
    }

    #[test]
    fn an_answer_clippy_warns_about_is_named_with_its_lint_and_how_to_store_it_again() {
        // The workspace itself, for its lock file, lints and oldest Rust; no
        // concept, so the package has no dependency to build.
        let info = Info {
            root: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".."),
            concepts: Vec::new(),
            exercises: Vec::new(),
            problems: Vec::new(),
        };
        let exercise = two_variants();
        let entries: Vec<Entry<'_>> = Entry::all_of(&exercise).collect();
        let ready = vec![
            (entries[0], "pub fn f() -> u32 {\n    1\n}\n".to_owned()),
            (
                entries[1],
                "use std::collections::HashMap;\n\npub fn f() -> u32 {\n    1\n}\n".to_owned(),
            ),
        ];

        // A package name of its own: `check` may be linting the real catalog.
        let found = unlinted(&info, &ready, "catalog-lint-test").unwrap();

        assert_eq!(found.len(), 1, "{found:?}");
        let problem = found.values().next().unwrap();
        assert!(
            problem.starts_with(
                "spawning2: variant untidy.patch: clippy warns about its answer \
                                 (unused_imports)"
            ) && problem.contains("cargo xtask catalog spawning2 untidy.rs --variant"),
            "{problem}"
        );
    }
}
