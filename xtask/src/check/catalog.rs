//! The catalog's part of `check`: every mistake fails the test it names,
//! with the words it names; every variant passes every test; and no verdict
//! changes from run to run.
//!
//! All the entries of one exercise go into one test binary, a module each
//! (the answer, and a copy of the exercise's tests that uses it), so the
//! whole catalog costs one build per exercise, not one per entry, and cargo
//! builds the exercises side by side.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread;

use toml::Table;

use crate::author::PLACEHOLDER;
use crate::catalog::{Entry, Kind};
use crate::info::Info;
use crate::results::failure_message;
use crate::run::{self, BUILD_LIMIT, BuildTarget, CompileError, Outcome, TEST_LIMIT, TestRun};
use crate::scratch::{self, path_literal, write_if_changed};

/// The hang limit for a wrong answer's tests, in milliseconds: correct
/// answers take a few, and a wrong one only has to fail.
const MISTAKE_HANG_LIMIT_MS: &str = "500";
use crate::results::HANG_LIMIT_VARIABLE;

mod style;

/// What became of each entry, by exercise and file: `Ok`, or the problem.
pub type Verdicts = BTreeMap<(String, String), Result<(), String>>;

/// The verdict of an entry that was not run: the catalog as a whole does
/// not build, or the entry still has placeholders. That problem is
/// reported once, elsewhere, not once per entry.
pub const NOT_RUN: &str = "not run";

/// What the catalog check found: a verdict per entry, and the one problem
/// that stopped the whole catalog from building, if any.
pub struct Findings {
    pub verdicts: Verdicts,
    pub build_problem: Option<String>,
}

/// Checks every entry of the catalog, running each one `runs` times.
pub fn check(info: &Info, runs: u32) -> Findings {
    let root = info.root.as_path();
    let mut verdicts = Verdicts::new();
    let mut ready: Vec<(Entry<'_>, String)> = Vec::new();
    for exercise in &info.exercises {
        for entry in Entry::all_of(exercise) {
            // An entry still to be filled in is reported once, as a
            // placeholder, by the layout check.
            if entry.mistake.is_some_and(|m| {
                m.fails.contains(PLACEHOLDER)
                    || m.phrase
                        .as_deref()
                        .unwrap_or_default()
                        .contains(PLACEHOLDER)
            }) {
                record(&mut verdicts, &entry, Err(NOT_RUN.to_owned()));
                continue;
            }
            match answer(root, &entry) {
                Ok(source) => ready.push((entry, source)),
                Err(problem) => record(&mut verdicts, &entry, Err(problem)),
            }
        }
    }

    // A catalogued answer is code an instructor reads: formatted like the rest.
    let unformatted = style::unformatted(root, &ready);
    ready.retain(|(entry, _)| {
        let Some(problem) = unformatted.get(&module_key(entry)) else {
            return true;
        };
        record(&mut verdicts, entry, Err(problem.clone()));
        false
    });
    if ready.is_empty() {
        return Findings {
            verdicts,
            build_problem: None,
        };
    }
    let binaries = match build(info, &mut ready, &mut verdicts) {
        Ok(binaries) => binaries,
        Err(problem) => {
            for (entry, _) in &ready {
                record(&mut verdicts, entry, Err(NOT_RUN.to_owned()));
            }
            return Findings {
                verdicts,
                build_problem: Some(problem),
            };
        }
    };

    // Linted once they build: clippy says nothing of code that does not.
    let mut lint_problem = None;
    match style::unlinted(info, &ready, "catalog-lint") {
        Ok(unlinted) => ready.retain(|(entry, _)| {
            let Some(problem) = unlinted.get(&module_key(entry)) else {
                return true;
            };
            record(&mut verdicts, entry, Err(problem.clone()));
            false
        }),
        Err(problem) => {
            lint_problem = Some(format!(
                "the catalog's answers could not be linted: {problem}"
            ));
        }
    }

    let jobs: Vec<(Entry<'_>, &Path)> = ready
        .iter()
        .filter_map(|(entry, _)| match binaries.get(&entry.exercise.name) {
            Some(binary) => Some((*entry, binary.as_path())),
            None => {
                let problem = format!("{}: no test binary was built", entry.label());
                record(&mut verdicts, entry, Err(problem));
                None
            }
        })
        .collect();
    for (entry, verdict) in run_all(&jobs, runs) {
        record(&mut verdicts, &entry, verdict);
    }
    Findings {
        verdicts,
        build_problem: lint_problem,
    }
}

fn record(verdicts: &mut Verdicts, entry: &Entry<'_>, verdict: Result<(), String>) {
    let key = (entry.exercise.name.clone(), entry.file.to_owned());
    verdicts.insert(key, verdict);
}

/// The entry's source, or why it cannot be built.
fn answer(root: &Path, entry: &Entry<'_>) -> Result<String, String> {
    let stem = entry.stem();
    let is_identifier = stem.starts_with(|c: char| c.is_ascii_lowercase())
        && stem
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !entry.file.ends_with(crate::catalog::PATCH_EXTENSION) || !is_identifier {
        return Err(format!(
            "{}: name it in snake_case with `.patch` at the end (`{}.patch`): \
             the name becomes a module of the catalog's test binary",
            entry.label(),
            stem.to_lowercase().replace(['-', ' ', '.'], "_")
        ));
    }
    if entry.kind == Kind::Mistake && entry.mistake.and_then(|m| m.phrase.as_ref()).is_none() {
        return Err(format!(
            "{}: it names no `phrase`, the words its test's message must contain \
             to show that the message names this mistake",
            entry.label()
        ));
    }
    entry.source(root)
}

/// The entry's module in its exercise's test binary.
fn module(entry: &Entry<'_>) -> String {
    format!("{}_{}", entry.kind.word(), entry.stem())
}

/// Where the entry's answer is written: `<dir>/answers/<exercise>/<module>.rs`.
fn answer_file(dir: &Path, entry: &Entry<'_>) -> PathBuf {
    dir.join("answers")
        .join(&entry.exercise.name)
        .join(format!("{}.rs", module(entry)))
}

/// Writes the catalog package and builds it. An entry whose answer does not
/// compile is taken out, with its error as its verdict, and the rest are
/// built again.
fn build(
    info: &Info,
    ready: &mut Vec<(Entry<'_>, String)>,
    verdicts: &mut Verdicts,
) -> Result<BTreeMap<String, PathBuf>, String> {
    let dir = scratch::dir(&info.root, "catalog");
    // A few rounds: each takes out the entries its errors name.
    for _ in 0..4 {
        let manifest = write_package(info, &dir, ready).map_err(|e| e.to_string())?;
        let failure = match run::build_tests(
            &info.root,
            BuildTarget::Manifest(&manifest),
            &[],
            BUILD_LIMIT,
        ) {
            Ok(build) => return Ok(build.binaries),
            Err(failure) if failure.timed_out => {
                return Err(format!("the catalog: {}", failure.message));
            }
            Err(failure) => failure,
        };
        let broken = blame(&failure.errors, &dir, ready);
        if broken.is_empty() {
            return Err(format!(
                "the catalog does not compile:\n{}",
                failure.message
            ));
        }
        ready.retain(|(entry, _)| {
            let Some(error) = broken.get(&module_key(entry)) else {
                return true;
            };
            record(
                verdicts,
                entry,
                Err(format!("{} does not compile:\n{error}", entry.label())),
            );
            false
        });
    }
    Err("the catalog still does not compile after taking out the broken entries".to_owned())
}

/// Whether a diagnostic (or one of its notes) points into `file`.
fn points_into(diagnostic: &CompileError, file: &Path) -> bool {
    let file = file.to_string_lossy().replace('\\', "/");
    diagnostic
        .mentions
        .iter()
        .any(|f| f.replace('\\', "/").ends_with(&file))
}

fn module_key(entry: &Entry<'_>) -> (String, String) {
    (entry.exercise.name.clone(), module(entry))
}

/// `<dir>/Cargo.toml`, one test target per exercise with entries, and the
/// sources: `answers/<exercise>/<module>.rs` and `tests/<exercise>/`.
fn write_package(
    info: &Info,
    dir: &Path,
    ready: &[(Entry<'_>, String)],
) -> Result<PathBuf, crate::Error> {
    let root = info.root.as_path();
    let mut by_exercise: BTreeMap<&str, Vec<&(Entry<'_>, String)>> = BTreeMap::new();
    for item in ready {
        by_exercise
            .entry(&item.0.exercise.name)
            .or_default()
            .push(item);
    }

    let mut tests = Vec::new();
    for (name, items) in &by_exercise {
        let exercise = items[0].0.exercise;
        let lib = scratch::lib_name(&exercise.concept);
        let test_dir = dir.join("tests").join(name);
        let exercise_tests = test_dir.join("exercise_tests.rs");
        write_if_changed(
            &exercise_tests,
            &tests_using_parent_module(&scratch::read(&exercise.test_file(root))?, &lib),
        )?;
        let mut main = format!(
            "// Written by `cargo xtask check`: the catalogued answers of {name}, a module\n\
             // each, with the exercise's tests beside each answer.\n#![allow(warnings)]\n"
        );
        for (entry, source) in items {
            let answer = answer_file(dir, entry);
            write_if_changed(&answer, source)?;
            main.push_str(&format!(
                "\nmod {module} {{\n    mod {lib} {{\n        #[path = {answer}]\n        pub mod {name};\n    }}\n    \
                 #[path = {tests}]\n    mod tests;\n}}\n",
                module = module(entry),
                answer = path_literal(&answer),
                tests = path_literal(&exercise_tests),
            ));
        }
        write_if_changed(&test_dir.join("main.rs"), &main)?;
        let mut test = Table::new();
        test.insert("name".into(), name.to_string().into());
        test.insert("path".into(), format!("tests/{name}/main.rs").into());
        tests.push(toml::Value::Table(test));
    }

    let mut sections = Table::new();
    sections.insert(
        "dependencies".into(),
        scratch::solution_dependencies(root, &info.concepts)?.into(),
    );
    sections.insert("test".into(), toml::Value::Array(tests));
    scratch::write_package(
        root,
        dir,
        "tasklings-catalog",
        sections,
        scratch::DebugInfo::None,
    )
}

/// The exercise's test file as a module beside its answer: the library
/// (`use spawning::spawning2::...`) is the parent's module of that name.
/// Inner doc comments become plain ones, and the `use` goes on the first
/// line, so that line numbers stay those of the real file.
fn tests_using_parent_module(test_file: &str, lib: &str) -> String {
    let mut out = format!("use super::{lib}; ");
    for line in test_file.replace("\r\n", "\n").lines() {
        match line.strip_prefix("//!") {
            Some(rest) => out.push_str(&format!("//{rest}")),
            None => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The entries whose answer files an error points into, with that error.
fn blame(
    errors: &[CompileError],
    dir: &Path,
    ready: &[(Entry<'_>, String)],
) -> BTreeMap<(String, String), String> {
    let mut broken = BTreeMap::new();
    for error in errors {
        for (entry, _) in ready {
            if points_into(error, &answer_file(dir, entry)) {
                broken
                    .entry(module_key(entry))
                    .or_insert_with(|| error.rendered.trim_end().to_owned());
            }
        }
    }
    broken
}

/// Runs every entry `runs` times, a few processes at a time; one verdict
/// per entry, which is a problem if it changed between runs.
fn run_all<'a>(jobs: &[(Entry<'a>, &Path)], runs: u32) -> Vec<(Entry<'a>, Result<(), String>)> {
    let work: Vec<(usize, u32)> = (0..jobs.len())
        .flat_map(|job| (0..runs.max(1)).map(move |run| (job, run)))
        .collect();
    let queue = Mutex::new(work.into_iter());
    let verdicts: Mutex<Vec<Vec<Result<(), String>>>> = Mutex::new(vec![Vec::new(); jobs.len()]);
    // Most runs wait (on a hang limit or a process start) more than they
    // compute, so more runs than cores.
    let workers = thread::available_parallelism().map_or(2, |n| n.get()) + 2;
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some((job, _)) = next(&queue) {
                    let (entry, binary) = &jobs[job];
                    let verdict = run_once(entry, binary);
                    verdicts.lock().unwrap_or_else(|e| e.into_inner())[job].push(verdict);
                }
            });
        }
    });
    let verdicts = verdicts.into_inner().unwrap_or_else(|e| e.into_inner());
    jobs.iter()
        .zip(verdicts)
        .map(|((entry, _), runs)| (*entry, stable(entry, runs)))
        .collect()
}

fn next<T>(queue: &Mutex<impl Iterator<Item = T>>) -> Option<T> {
    queue.lock().unwrap_or_else(|e| e.into_inner()).next()
}

/// The verdict of every run if they agree; otherwise the problem.
fn stable(entry: &Entry<'_>, runs: Vec<Result<(), String>>) -> Result<(), String> {
    let good = runs.iter().filter(|r| r.is_ok()).count();
    match runs.iter().find(|r| r.is_err()) {
        None => Ok(()),
        Some(_) if good == 0 => runs.into_iter().next().unwrap_or(Ok(())),
        Some(Err(problem)) => Err(format!(
            "{}: its verdict changes from run to run (right in {good} of {} runs); \
             the tests must judge it the same way every time. One wrong run:\n{problem}",
            entry.label(),
            runs.len(),
        )),
        Some(Ok(())) => unreachable!("found an error"),
    }
}

/// One run of one entry's tests, and its verdict.
fn run_once(entry: &Entry<'_>, binary: &Path) -> Result<(), String> {
    let prefix = format!("{}::tests::", module(entry));
    let mut command = std::process::Command::new(binary);
    // Every test at once: a hang shows in one limit, not one per test.
    command
        .args([prefix.as_str(), "--test-threads=8"])
        .env("RUST_BACKTRACE", "0");
    if entry.kind == Kind::Mistake {
        // A wrong answer is expected to fail, some by hanging: no need to
        // wait the full hang limit for those.
        command.env(HANG_LIMIT_VARIABLE, MISTAKE_HANG_LIMIT_MS);
    }
    let mut run = run::run_test_command(command, TEST_LIMIT);
    if run.outcomes.is_empty() && !run.timed_out {
        return Err(format!(
            "{}: its tests did not run:\n{}",
            entry.label(),
            run.output
        ));
    }
    // Named as in the test file, without the entry's module.
    let unprefixed = |name: &String| name.strip_prefix(&prefix).map(str::to_owned);
    run.outcomes = run
        .outcomes
        .iter()
        .filter_map(|(name, outcome)| Some((unprefixed(name)?, *outcome)))
        .collect();
    run.unfinished = run.unfinished.iter().filter_map(unprefixed).collect();
    match entry.mistake {
        Some(mistake) => judge_mistake(entry, mistake, &prefix, &run),
        None => judge_variant(entry, &prefix, &run),
    }
}

fn judge_mistake(
    entry: &Entry<'_>,
    mistake: &crate::info::Mistake,
    prefix: &str,
    run: &TestRun,
) -> Result<(), String> {
    let what = entry.label();
    let test = &mistake.fails;
    match run.outcomes.get(test) {
        Some(Outcome::Passed) => Err(format!(
            "{what}: `{test}` passes with this wrong answer in place; the test must reject it"
        )),
        Some(Outcome::Failed) => {
            let message = failure_message(&run.output, &format!("{prefix}{test}"));
            let phrase = mistake.phrase.as_deref().unwrap_or_default();
            if squeeze(&message).contains(&squeeze(phrase)) {
                Ok(())
            } else {
                Err(format!(
                    "{what}: `{test}` rejects it, but its message lacks the phrase {phrase:?}: \
                     another diagnosis shadows this one, or the phrase drifted. It said:\n{}",
                    indent(&message, 12)
                ))
            }
        }
        None if run.timed_out => Err(format!("{what}: its tests {}", run.stopped(TEST_LIMIT))),
        None => Err(format!("{what}: `{test}` did not run")),
    }
}

fn judge_variant(entry: &Entry<'_>, prefix: &str, run: &TestRun) -> Result<(), String> {
    if run.all_passed() {
        return Ok(());
    }
    let what = entry.label();
    let failed = run.failed();
    let Some(first) = failed.first() else {
        return Err(if run.timed_out {
            format!("{what}: its tests {}", run.stopped(TEST_LIMIT))
        } else {
            format!("{what}: its tests did not all run (the process crashed)")
        });
    };
    Err(format!(
        "{what}: this correct answer is rejected by {}: {}",
        failed.join(", "),
        indent(
            &failure_message(&run.output, &format!("{prefix}{first}")),
            12
        )
    ))
}

/// Text with every run of whitespace made one space: messages are wrapped
/// to the terminal, phrases are not.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `lines` lines of `text`, indented for a problem report.
fn indent(text: &str, lines: usize) -> String {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(lines)
        .map(|l| format!("  | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tests_copy_keeps_its_line_numbers() {
        let copy =
            tests_using_parent_module("//! spawning2\n//! Run it\nuse spawning::x;\n", "spawning");
        assert_eq!(
            copy,
            "use super::spawning; // spawning2\n// Run it\nuse spawning::x;\n"
        );
    }

    #[test]
    fn a_phrase_matches_across_a_wrapped_line() {
        assert!(squeeze("the answers must\n   follow the input").contains(&squeeze("must follow")));
    }
}
