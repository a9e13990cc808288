//! Static checks: the files on disk match the metadata, tests are
//! single-sourced, and every async test runs on the paused clock.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::author::PLACEHOLDER;
use crate::catalog::{Entry, Kind};
use crate::info::{Exercise, Info};

/// Folders under `exercises/` that are not concepts.
const NOT_CONCEPTS: [&str; 1] = ["support"];
/// The least an exercise's catalog holds: wrong answers the tests must
/// reject, and correct ones written differently that they must accept.
const MIN_MISTAKES: usize = 6;
const MIN_VARIANTS: usize = 2;

/// Every problem with the files of one exercise.
pub fn exercise_problems(info: &Info, exercise: &Exercise) -> Vec<String> {
    let root = &info.root;
    let name = &exercise.name;
    let mut problems = Vec::new();
    let mut need = |path: &Path, what: &str| {
        if !path.is_file() {
            let near = nearest_file(path).map(|near| {
                format!(
                    "; there is {near}: did you mean that name? \
                     (rename the file, or the entry in exercises/info.toml)"
                )
            });
            problems.push(format!(
                "{name}: its {what} {} is missing{}",
                relative(root, path),
                near.unwrap_or_default()
            ));
        }
    };
    need(&exercise.stub(root), "stub");
    need(&exercise.test_file(root), "test file");
    need(&exercise.solution(root), "solution");
    for entry in Entry::all_of(exercise) {
        need(&entry.path(root), entry.kind.word());
    }

    if !["*", "**", "***"].contains(&exercise.grade.as_str()) {
        problems.push(format!(
            "{name}: grade {:?} is not *, ** or ***",
            exercise.grade
        ));
    }
    if exercise.points == 0 {
        problems.push(format!("{name}: it is worth 0 points"));
    }
    if exercise.mistakes.len() < MIN_MISTAKES {
        problems.push(format!(
            "{name}: it catalogues {} mistakes; it needs at least {MIN_MISTAKES} \
             (`cargo xtask catalog {name} <wrong answer>.rs`)",
            exercise.mistakes.len()
        ));
    }
    if exercise.variants.len() < MIN_VARIANTS {
        problems.push(format!(
            "{name}: it catalogues {} accepted variants; it needs at least {MIN_VARIANTS} \
             (`cargo xtask catalog {name} <correct answer>.rs --variant`)",
            exercise.variants.len()
        ));
    }

    let tests = test_names(&read(&exercise.test_file(root)));
    if tests.is_empty() {
        problems.push(format!("{name}: its test file has no tests"));
    }
    problems.extend(placeholders(info, exercise));
    for mistake in &exercise.mistakes {
        if !tests.contains(&mistake.fails) && !mistake.fails.contains(PLACEHOLDER) {
            problems.push(format!(
                "{name}: mistake {} must fail `{}`, which its test file does not have",
                mistake.file, mistake.fails
            ));
        }
    }

    let stub = read(&exercise.stub(root));
    for (needle, why) in [
        (exercise.test_command(), "the command that runs its tests"),
        (
            format!("cargo xtask hint {name}"),
            "how to ask for its hint",
        ),
    ] {
        if !stub.contains(&needle) {
            problems.push(format!(
                "{name}: its stub's doc comment does not say `{needle}` ({why})"
            ));
        }
    }
    problems
}

/// Every placeholder `cargo xtask new` or `catalog` left for the author,
/// one problem each, with where it is.
fn placeholders(info: &Info, exercise: &Exercise) -> Vec<String> {
    let root = &info.root;
    let name = &exercise.name;
    let mut found = Vec::new();
    for path in [
        exercise.stub(root),
        exercise.test_file(root),
        exercise.solution(root),
    ] {
        for (n, line) in read(&path).lines().enumerate() {
            if line.contains(PLACEHOLDER) || line.contains("fn todo_") {
                found.push(format!(
                    "{name}: placeholder left at {}:{}: {}",
                    relative(root, &path),
                    n + 1,
                    line.trim()
                ));
            }
        }
    }
    let mut fields = vec![
        ("`title`".to_owned(), exercise.title.as_str()),
        ("`hint`".to_owned(), exercise.hint.as_str()),
    ];
    for mistake in &exercise.mistakes {
        let phrase = mistake.phrase.as_deref().unwrap_or_default();
        fields.push((format!("mistake {}, `fails`", mistake.file), &mistake.fails));
        fields.push((format!("mistake {}, `phrase`", mistake.file), phrase));
    }
    for (field, value) in fields {
        if value.contains(PLACEHOLDER) {
            found.push(format!(
                "{name}: placeholder left in exercises/info.toml, {field}: {}",
                value.lines().next().unwrap_or_default()
            ));
        }
    }
    found
}

/// A file beside `path`'s place whose name is a typo or two away from it.
fn nearest_file(path: &Path) -> Option<String> {
    let wanted = path.file_name()?.to_string_lossy().into_owned();
    dir_names(path.parent()?)
        .into_iter()
        .filter(|name| name != &wanted)
        .map(|name| (crate::distance(&name, &wanted), name))
        .filter(|(distance, _)| *distance <= 2)
        .min()
        .map(|(_, name)| name)
}

/// Problems of the workspace as a whole: unlisted files, tests in solution
/// crates, solution crates that do not run the exercise's tests.
pub fn workspace_problems(info: &Info) -> Vec<String> {
    let root = &info.root;
    let mut problems = Vec::new();
    let concept_dirs: BTreeSet<&str> = info.concepts.iter().map(|c| c.dir.as_str()).collect();
    for top in ["exercises", "solutions"] {
        for entry in dir_names(&root.join(top)) {
            let is_file = root.join(top).join(&entry).is_file();
            let known = concept_dirs.contains(entry.as_str())
                || (top == "exercises"
                    && (NOT_CONCEPTS.contains(&entry.as_str()) || entry == "info.toml"));
            if !known && !is_file {
                problems.push(format!(
                    "{top}/{entry} is not a concept in exercises/info.toml"
                ));
            } else if !known {
                problems.push(format!("{top}/{entry} is not expected there"));
            }
        }
    }

    // The README's table and totals, which students read first, must not
    // drift from the metadata.
    let readme = read(&root.join("README.md"));
    let points: u32 = info.exercises.iter().map(|e| e.points).sum();
    let totals = format!("{} exercises, {points} points", info.exercises.len());
    if !readme.contains(&totals) {
        problems.push(format!(
            "README.md does not say \"{totals}\" (the totals of exercises/info.toml)"
        ));
    }
    for exercise in &info.exercises {
        let row = format!(
            "| {} | {} | {} |",
            exercise.name, exercise.grade, exercise.points
        );
        if !readme.contains(&row) {
            problems.push(format!(
                "README.md's exercise table has no row `{row}` (as in exercises/info.toml)"
            ));
        }
    }

    let members = read(&root.join("Cargo.toml"));
    for concept in &info.concepts {
        let listed: BTreeSet<String> = info.exercises_of(concept).map(|e| e.name.clone()).collect();
        let ex_dir = concept.exercise_dir(root);
        let sol_dir = concept.solution_dir(root);
        for (dir, what) in [
            (ex_dir.join("src"), "stub"),
            (ex_dir.join("tests"), "test file"),
            (sol_dir.join("src"), "solution"),
        ] {
            for file in dir_names(&dir) {
                let stem = file.trim_end_matches(".rs");
                if stem != "lib" && !listed.contains(stem) {
                    problems.push(format!(
                        "{} is a {what} that exercises/info.toml does not list",
                        relative(root, &dir.join(&file))
                    ));
                }
            }
        }
        for kind in [Kind::Mistake, Kind::Variant] {
            let (folder, what) = (kind.folder(), kind.word());
            for exercise in dir_names(&sol_dir.join(folder)) {
                let Some(known) = info
                    .find(&exercise)
                    .filter(|e| e.concept.dir == concept.dir)
                else {
                    problems.push(format!(
                        "{} holds {folder} of an unlisted exercise",
                        relative(root, &sol_dir.join(folder).join(&exercise))
                    ));
                    continue;
                };
                let dir = known.catalog_dir(root, kind);
                for file in dir_names(&dir) {
                    let listed = Entry::all_of(known).any(|e| e.kind == kind && e.file == file);
                    if !listed {
                        problems.push(format!(
                            "{} is a {what} that exercises/info.toml does not list",
                            relative(root, &dir.join(&file))
                        ));
                    }
                }
            }
        }
        if sol_dir.join("tests").exists() {
            problems.push(format!(
                "{} exists: tests live only in the exercise crate",
                relative(root, &sol_dir.join("tests"))
            ));
        }

        let manifest = read(&sol_dir.join("Cargo.toml"));
        if !manifest.contains("autotests = false") {
            problems.push(format!(
                "solutions/{}/Cargo.toml lacks `autotests = false`",
                concept.dir
            ));
        }
        for exercise in info.exercises_of(concept) {
            let path = format!(
                "path = \"../../exercises/{}/tests/{}.rs\"",
                concept.dir, exercise.name
            );
            if !manifest.contains(&path) {
                problems.push(format!(
                    "solutions/{}/Cargo.toml does not run {}'s tests ({path})",
                    concept.dir, exercise.name
                ));
            }
            for lib in [ex_dir.join("src/lib.rs"), sol_dir.join("src/lib.rs")] {
                if !read(&lib).contains(&format!("pub mod {};", exercise.name)) {
                    problems.push(format!(
                        "{} does not declare `pub mod {};`",
                        relative(root, &lib),
                        exercise.name
                    ));
                }
            }
        }
        for member in [
            format!("\"exercises/{}\"", concept.dir),
            format!("\"solutions/{}\"", concept.dir),
        ] {
            if !members.contains(&member) {
                problems.push(format!("the workspace's members do not include {member}"));
            }
        }
        for file in rust_files(&sol_dir) {
            if read(&file).contains("#[test]") {
                problems.push(format!(
                    "{} holds a #[test]: tests live only in the exercise crate",
                    relative(root, &file)
                ));
            }
        }
    }
    problems
}

/// Problems with how the tests in `test_file` use the clock: async tests run
/// on the paused clock, or on `multi_thread` with a `// Not paused:` reason.
pub fn paused_clock_problems(root: &Path, test_file: &Path) -> Vec<String> {
    let text = read(test_file);
    let file = relative(root, test_file);
    let mut problems = Vec::new();
    for (i, _) in text.match_indices("#[tokio::test") {
        let attribute = &text[i..text[i..].find(']').map_or(text.len(), |end| i + end + 1)];
        let line = text[..i].lines().count() + 1;
        // Even with start_paused, it skips the hang guard, the short panic
        // messages and the one-test-at-a-time turn that `paused` gives.
        problems.push(format!(
            "{file}:{line}: `{attribute}` runs the test without tasklings::paused: write \
             `#[test] fn name() {{ paused(async || {{ .. }}); }}` instead, so that a hang \
             becomes a failure and the test runs on the paused clock"
        ));
    }
    for function in text.split("#[test]").skip(1) {
        let name = function
            .split("fn ")
            .nth(1)
            .and_then(|f| f.split('(').next())
            .unwrap_or("?");
        let body = function.split("\n}\n").next().unwrap_or(function);
        if body.contains("multi_thread(") {
            // The real clock is allowed only where the test says why.
            if !body.contains("// Not paused:") {
                problems.push(format!(
                    "{file}: test `{name}` uses tasklings::multi_thread without a \
                     `// Not paused:` comment saying why the paused clock cannot run it"
                ));
            }
        } else if body.contains("async") && !body.contains("paused(") {
            problems.push(format!(
                "{file}: test `{name}` runs async code without tasklings::paused"
            ));
        }
    }
    for builder in [
        "new_multi_thread()",
        "Runtime::new()",
        "new_current_thread()",
    ] {
        if text.contains(builder) {
            problems.push(format!(
                "{file}: builds its own runtime ({builder}); use tasklings::paused"
            ));
        }
    }
    problems
}

/// The names of the `#[test]` functions in a test file.
pub fn test_names(text: &str) -> BTreeSet<String> {
    tests_in_file_order(text).into_iter().collect()
}

/// The names of the `#[test]` functions in the order the file gives them:
/// the order their author meant them to be read in.
pub fn tests_in_file_order(text: &str) -> Vec<String> {
    text.split("#[test]")
        .skip(1)
        .filter_map(|f| {
            f.split("fn ")
                .nth(1)?
                .split('(')
                .next()
                .map(|n| n.trim().to_owned())
        })
        .collect()
}

pub fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_default()
}

fn dir_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A workspace of one concept and one exercise, `spawning1`, in a
    /// temporary folder of its own.
    fn workspace(name: &str) -> (std::path::PathBuf, Info) {
        let root = std::env::temp_dir()
            .join(format!("tasklings-layout-tests-{}", std::process::id()))
            .join(name);
        let _ = fs::remove_dir_all(&root);
        for dir in [
            "exercises/01-spawning/src",
            "exercises/01-spawning/tests",
            "solutions/01-spawning/src",
        ] {
            fs::create_dir_all(root.join(dir)).unwrap();
        }
        let info = Info::parse(
            &root,
            "[[concept]]\ndir = \"01-spawning\"\npackage = \"spawning\"\ntitle = \"Spawning\"\n\n\
             [[exercise]]\nname = \"spawning1\"\nconcept = \"01-spawning\"\ntitle = \"t\"\n\
             grade = \"*\"\npoints = 10\nhint = \"h\"\n",
        );
        (root, info)
    }

    #[test]
    fn a_misnamed_file_is_named_with_the_name_it_should_have() {
        let (root, info) = workspace("misnamed");
        fs::write(root.join("exercises/01-spawning/src/spawnign1.rs"), "").unwrap();
        let problems = exercise_problems(&info, &info.exercises[0]);
        let missing = problems
            .iter()
            .find(|p| p.contains("its stub"))
            .expect("the missing stub is a problem");
        assert!(
            missing.contains("there is spawnign1.rs: did you mean that name?"),
            "{missing}"
        );
    }

    #[test]
    fn a_tokio_test_is_rejected_even_with_start_paused() {
        let (root, _) = workspace("tokio-test");
        let file = root.join("exercises/01-spawning/tests/spawning1.rs");
        fs::write(
            &file,
            "#[tokio::test(start_paused = true)]\nasync fn overlaps() {}\n",
        )
        .unwrap();
        let problems = paused_clock_problems(&root, &file);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].contains("without tasklings::paused"),
            "{problems:?}"
        );
    }

    #[test]
    fn every_placeholder_left_is_one_problem_with_its_place() {
        let (root, info) = workspace("placeholders");
        fs::write(
            root.join("exercises/01-spawning/src/spawning1.rs"),
            "//! TODO: what to do\n",
        )
        .unwrap();
        fs::write(
            root.join("exercises/01-spawning/tests/spawning1.rs"),
            "#[test]\nfn todo_say_what_it_checks() {}\n",
        )
        .unwrap();
        let found = placeholders(&info, &info.exercises[0]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(
            found[0].ends_with("spawning1.rs:1: //! TODO: what to do"),
            "{found:?}"
        );
    }
}
