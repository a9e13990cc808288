//! `cargo xtask check`: the instructor's proof that the set works. Every
//! solution passes, every stub fails, every catalogued mistake is rejected,
//! the files match the metadata, the clock is paused, and nothing is flaky.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use std::thread;

use crate::catalog::{Entry, Kind};
use crate::info::{Concept, Exercise, Info};
use crate::run::{self, BUILD_LIMIT, BuildTarget, Outcome, TEST_LIMIT, TestRun};
use crate::{Error, layout};

mod catalog;

pub struct Options {
    /// How many times each solution test binary runs to prove it is not flaky.
    pub repeat: u32,
    /// How many times each catalogued mistake and variant runs, to prove
    /// that its verdict does not change.
    pub catalog_runs: u32,
    /// One exercise or concept to check, for the authoring loop; `None`
    /// checks the whole set, the workspace-wide steps included.
    pub scope: Option<String>,
}

/// The exercises a check covers, or why the scope names none.
fn in_scope<'a>(info: &'a Info, scope: Option<&str>) -> Result<Vec<&'a Exercise>, Error> {
    let Some(scope) = scope else {
        return Ok(info.exercises.iter().collect());
    };
    let chosen: Vec<&Exercise> = info
        .exercises
        .iter()
        .filter(|e| e.name == scope || e.concept.dir == scope || e.concept.package == scope)
        .collect();
    if chosen.is_empty() {
        let mut names: Vec<&str> = info.exercises.iter().map(|e| e.name.as_str()).collect();
        names.extend(info.concepts.iter().map(|c| c.dir.as_str()));
        names.sort_by_key(|candidate| crate::distance(candidate, scope));
        return Err(Error::new(format!(
            "check takes an exercise or a concept; {scope:?} is neither. Did you mean {}?",
            names[..3.min(names.len())].join(", ")
        )));
    }
    Ok(chosen)
}

/// One line of the final count: a named check and whether it held.
struct Tally {
    passed: usize,
    problems: Vec<String>,
}

impl Tally {
    fn record(&mut self, ok: bool, problem: impl FnOnce() -> String) -> bool {
        if ok {
            self.passed += 1;
        } else {
            self.problems.push(problem());
        }
        ok
    }
}

/// One exercise's row in its concept's table.
struct Row {
    exercise: String,
    grade: String,
    solution: String,
    stub: String,
    mistakes: String,
    variants: String,
    repeat: String,
    files: String,
}

pub fn check(full: &Info, options: &Options) -> Result<bool, Error> {
    let started = Instant::now();
    let root = full.root.as_path();
    run::build_whole();
    let whole = options.scope.is_none();
    // The same metadata, narrowed to the scope: every step below reads it.
    let scoped = Info {
        root: full.root.clone(),
        concepts: full.concepts.clone(),
        exercises: in_scope(full, options.scope.as_deref())?
            .into_iter()
            .cloned()
            .collect(),
        problems: full.problems.clone(),
    };
    let info = &scoped;
    let mut tally = Tally {
        passed: 0,
        problems: Vec::new(),
    };

    warn_if_stubs_were_edited(info);
    // Student commands go on without a malformed entry; the set as shipped
    // must have none.
    for problem in &info.problems {
        tally.record(false, || {
            format!("{problem}: fix it, or students lose that entry")
        });
    }

    // The files first: a misnamed or missing file is the cause of every
    // build problem that follows, so it is said first, and once.
    progress("layout and paused clock");
    let layout = if whole {
        layout::workspace_problems(info)
    } else {
        Vec::new()
    };
    let layout_ok = layout.is_empty();
    tally.record(layout_ok, || layout.join("\n"));
    let mut files = BTreeMap::new();
    for exercise in &info.exercises {
        let problems = layout::exercise_problems(info, exercise);
        files.insert(
            exercise.name.clone(),
            if problems.is_empty() {
                "ok".to_owned()
            } else {
                format!("{} problems", problems.len())
            },
        );
        tally.record(problems.is_empty(), || problems.join("\n"));
    }
    let mut paused_ok = true;
    for exercise in &info.exercises {
        let problems = layout::paused_clock_problems(root, &exercise.test_file(root));
        paused_ok &= problems.is_empty();
        tally.record(problems.is_empty(), || problems.join("\n"));
    }
    progress("formatting and clippy");
    let fmt = run::run(
        with_args(run::cargo(root), &["fmt", "--all", "--check"]),
        BUILD_LIMIT,
    )
    .map_err(|e| Error::new(format!("could not run cargo fmt: {e}")))?;
    let fmt_ok = tally.record(fmt.success, || {
        if fmt.timed_out {
            return fmt.stopped("`cargo fmt --all --check`", BUILD_LIMIT);
        }
        format!(
            "formatting: `cargo fmt --all --check` wants changes; run `cargo fmt`.\n{}",
            fmt.stdout
                .lines()
                .filter(|l| l.starts_with("Diff in"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    let mut clippy_args = vec!["clippy".to_owned()];
    if whole {
        clippy_args.push("--workspace".to_owned());
    } else {
        for concept in concepts_in(info) {
            clippy_args.extend(["--package".to_owned(), concept.package.clone()]);
            clippy_args.extend(["--package".to_owned(), concept.solution_package()]);
        }
    }
    clippy_args.extend(["--all-targets", "--", "-D", "warnings"].map(str::to_owned));
    let clippy_args: Vec<&str> = clippy_args.iter().map(String::as_str).collect();
    let clippy = run::run(with_args(run::cargo(root), &clippy_args), BUILD_LIMIT)
        .map_err(|e| Error::new(format!("could not run cargo clippy: {e}")))?;
    let clippy_ok = tally.record(clippy.success, || {
        if clippy.timed_out {
            return clippy.stopped(&format!("`cargo {}`", clippy_args.join(" ")), BUILD_LIMIT);
        }
        format!(
            "clippy: `cargo {}` fails:\n{}",
            clippy_args.join(" "),
            run::first_error(&clippy.stderr)
        )
    });

    // The runner's tests build and run in a copy of their own; they can go
    // on while the concepts are checked.
    let runner = whole.then(|| {
        let root = root.to_owned();
        thread::spawn(move || runner_tests(&root))
    });

    // The facts the teaching text relies on, and the support crate's own
    // tests: a tokio upgrade that changes what the course says fails here.
    let facts = whole.then(|| {
        let command = with_args(run::cargo(root), &["test", "--package", "tasklings"]);
        thread::spawn(move || run::run(command, BUILD_LIMIT))
    });
    // The support crate's documentation, which authors work from: every
    // public item documented (its lint), no broken link, examples that run
    // (as doctests, in the facts step).
    let docs = whole.then(|| {
        let mut command = with_args(
            run::cargo(root),
            &["doc", "--package", "tasklings", "--no-deps"],
        );
        command.env("RUSTDOCFLAGS", "-D warnings");
        thread::spawn(move || run::run(command, BUILD_LIMIT))
    });

    progress("the catalog of mistakes and variants");
    let findings = catalog::check(info, options.catalog_runs);
    if let Some(problem) = &findings.build_problem {
        tally.record(false, || problem.clone());
    }
    let catalog = &findings.verdicts;
    // Each concept's table as soon as it is checked, so a long check shows
    // what it has found so far.
    for concept in concepts_in(info) {
        let rows = check_concept(info, concept, options, catalog, &files, &mut tally);
        print_table(concept, &rows);
    }

    let runner_ok = runner.map(|runner| {
        progress("the runner's own tests");
        let problems = runner.join().unwrap_or_else(|_| {
            vec!["the runner's own tests: the thread running them stopped on a bug".to_owned()]
        });
        if problems.is_empty() {
            tally.record(true, String::new);
        }
        for problem in &problems {
            tally.record(false, || problem.clone());
        }
        problems.is_empty()
    });
    let docs_ok = docs.map(|docs| {
        progress("the support crate's documentation");
        finish_cargo_test(
            docs,
            &mut tally,
            "the support crate's documentation has warnings (RUSTDOCFLAGS=\"-D warnings\" \
             cargo doc -p tasklings --no-deps):",
        )
    });
    let facts_ok = facts.map(|facts| {
        progress("the facts about tokio");
        finish_cargo_test(
            facts,
            &mut tally,
            "a fact the teaching text relies on no longer holds (cargo test -p tasklings); \
             change the text it backs, then the test:",
        )
    });

    println!("workspace");
    for (what, ok) in [
        ("formatting (cargo fmt --check)", Some(fmt_ok)),
        ("clippy --all-targets -D warnings", Some(clippy_ok)),
        ("the runner's own tests (cargo test -p xtask)", runner_ok),
        ("the facts about tokio (cargo test -p tasklings)", facts_ok),
        ("the support crate's docs (cargo doc -p tasklings)", docs_ok),
        ("files match exercises/info.toml", Some(layout_ok)),
        ("every async test on the paused clock", Some(paused_ok)),
    ] {
        let verdict = ok.map_or("not in scope", verdict);
        println!("  {what:<50} {verdict}");
    }
    println!();

    if !tally.problems.is_empty() {
        println!("Problems:");
        for (n, problem) in tally.problems.iter().enumerate() {
            let mut lines = problem.lines();
            println!("{:>3}. {}", n + 1, lines.next().unwrap_or_default());
            for line in lines {
                println!("     {line}");
            }
        }
        println!();
    }
    println!("Checked in {:.1} s.", started.elapsed().as_secs_f64());
    println!("{} passed, {} failed", tally.passed, tally.problems.len());
    Ok(tally.problems.is_empty())
}

/// The concepts that have an exercise in `info` (which may be narrowed).
fn concepts_in(info: &Info) -> impl Iterator<Item = &Concept> {
    info.concepts
        .iter()
        .filter(|c| info.exercises.iter().any(|e| e.concept.dir == c.dir))
}

/// Waits for a `cargo test` started in the background and records it.
fn finish_cargo_test(
    handle: thread::JoinHandle<std::io::Result<run::Output>>,
    tally: &mut Tally,
    headline: &str,
) -> bool {
    let output = match handle.join() {
        Ok(Ok(output)) => output,
        Ok(Err(e)) => return tally.record(false, || format!("{headline}\ncould not run: {e}")),
        Err(_) => return tally.record(false, || format!("{headline}\nit could not be waited for")),
    };
    if output.timed_out {
        return tally.record(false, || {
            format!("{headline}\n{}", output.stopped("it", BUILD_LIMIT))
        });
    }
    tally.record(output.success, || {
        let failed: Vec<&str> = output
            .stdout
            .lines()
            .filter(|l| l.ends_with("FAILED"))
            .collect();
        format!(
            "{headline}\n{}\n{}",
            failed.join("\n"),
            run::first_error(&output.stderr)
        )
    })
}

fn check_concept(
    info: &Info,
    concept: &Concept,
    options: &Options,
    catalog: &catalog::Verdicts,
    files: &BTreeMap<String, String>,
    tally: &mut Tally,
) -> Vec<Row> {
    let root = info.root.as_path();
    let exercises: Vec<&Exercise> = info.exercises_of(concept).collect();

    progress(&format!("{}: building the solutions", concept.dir));
    let solutions = build(
        root,
        BuildTarget::Package(&concept.solution_package()),
        &[],
        tally,
        &concept.solution_package(),
    );
    progress(&format!("{}: building the stubs", concept.dir));
    let stubs = build(
        root,
        BuildTarget::Package(&concept.package),
        &[],
        tally,
        &concept.package,
    );

    let mut rows = Vec::new();
    for exercise in exercises {
        let name = &exercise.name;
        progress(&format!("{}: {name}", concept.dir));

        let solution_run = solutions
            .as_ref()
            .and_then(|b| b.get(name))
            .map(|bin| run::run_tests(bin, TEST_LIMIT));
        let solution = match &solution_run {
            None => {
                tally.record(false, || {
                    format!("{name}: the solution has no test binary (see the build problem above)")
                });
                "no build".to_owned()
            }
            Some(run) => {
                tally.record(run.all_passed(), || {
                    failing("the solution fails", name, run)
                });
                format!("{}/{} pass", run.passed(), run.outcomes.len())
            }
        };

        let stub = match stubs
            .as_ref()
            .and_then(|b| b.get(name))
            .map(|bin| run::run_tests(bin, TEST_LIMIT))
        {
            None => {
                tally.record(false, || {
                    format!("{name}: the stub has no test binary (see the build problem above)")
                });
                "no build".to_owned()
            }
            Some(run) => {
                let passing: Vec<&str> = run
                    .outcomes
                    .iter()
                    .filter(|(_, o)| **o == Outcome::Passed)
                    .map(|(n, _)| n.as_str())
                    .collect();
                let ok = !run.outcomes.is_empty() && passing.is_empty();
                tally.record(ok, || {
                    if run.outcomes.is_empty() {
                        format!("{name}: no test ran against the stub")
                    } else {
                        format!("{name}: these tests pass against the untouched stub, so they do not test the exercise: {}", passing.join(", "))
                    }
                });
                format!(
                    "{}/{} fail",
                    run.outcomes.len() - passing.len(),
                    run.outcomes.len()
                )
            }
        };

        let mut held = |kind: Kind| {
            let entries: Vec<Entry<'_>> =
                Entry::all_of(exercise).filter(|e| e.kind == kind).collect();
            let ok = entries
                .iter()
                .filter(|entry| {
                    let key = (exercise.name.clone(), entry.file.to_owned());
                    match catalog.get(&key) {
                        Some(Ok(())) => tally.record(true, String::new),
                        // Counted once, as the catalog's build problem.
                        Some(Err(problem)) if problem == catalog::NOT_RUN => false,
                        Some(Err(problem)) => tally.record(false, || problem.clone()),
                        None => tally.record(false, || format!("{}: not checked", entry.label())),
                    }
                })
                .count();
            format!("{ok}/{}", entries.len())
        };
        let mistakes = format!("{} caught", held(Kind::Mistake));
        let variants = format!("{} pass", held(Kind::Variant));

        let repeat = match (&solution_run, solutions.as_ref().and_then(|b| b.get(name))) {
            (Some(first), Some(bin)) if first.all_passed() => {
                let flaky = repeat_runs(bin, options.repeat);
                let ok = tally.record(flaky.is_empty(), || {
                    format!("{name}: the solution's tests are not deterministic; over {} runs these failed: {}", options.repeat, flaky.join(", "))
                });
                if ok {
                    format!("{}x ok", options.repeat)
                } else {
                    format!("{} flaky", flaky.len())
                }
            }
            _ => "-".to_owned(),
        };

        let files = files.get(name).cloned().unwrap_or_default();

        rows.push(Row {
            exercise: name.clone(),
            grade: exercise.grade.clone(),
            solution,
            stub,
            mistakes,
            variants,
            repeat,
            files,
        });
    }
    rows
}

/// Builds test binaries, recording a failed build as a problem.
fn build(
    root: &Path,
    target: BuildTarget<'_>,
    tests: &[&str],
    tally: &mut Tally,
    what: &str,
) -> Option<BTreeMap<String, PathBuf>> {
    match run::build_tests(root, target, tests, BUILD_LIMIT) {
        Ok(build) => Some(build.binaries),
        Err(failure) => {
            let why = if failure.timed_out {
                "timed out"
            } else {
                "does not compile"
            };
            tally.record(false, || format!("{what} {why}:\n{}", failure.message));
            None
        }
    }
}

/// Runs `binary` `times` times; the names of tests that failed in any run.
fn repeat_runs(binary: &Path, times: u32) -> Vec<String> {
    let mut flaky = std::collections::BTreeSet::new();
    for _ in 0..times {
        let run = run::run_tests(binary, TEST_LIMIT);
        if run.timed_out {
            flaky.insert("(timed out)".to_owned());
        }
        flaky.extend(run.failed().into_iter().map(str::to_owned));
    }
    flaky.into_iter().collect()
}

fn failing(headline: &str, name: &str, run: &TestRun) -> String {
    let what = if run.timed_out {
        format!("its tests {}", run.stopped(TEST_LIMIT))
    } else {
        run.failed().join(", ")
    };
    format!("{name}: {headline}: {what}\n{}", excerpt(&run.output, 30))
}

fn print_table(concept: &Concept, rows: &[Row]) {
    println!("{}  {}", concept.dir, concept.title);
    print_row([
        "exercise", "grade", "solution", "stub", "mistakes", "variants", "repeat", "files",
    ]);
    for row in rows {
        print_row([
            &row.exercise,
            &row.grade,
            &row.solution,
            &row.stub,
            &row.mistakes,
            &row.variants,
            &row.repeat,
            &row.files,
        ]);
    }
    println!();
}

fn print_row(cells: [&str; 8]) {
    const WIDTHS: [usize; 8] = [12, 5, 11, 11, 13, 10, 10, 0];
    let line: String = cells
        .iter()
        .zip(WIDTHS)
        .map(|(cell, width)| format!("{cell:<width$} "))
        .collect();
    println!("  {}", line.trim_end());
}

/// `check` proves the set as shipped: on a student's tree, solved stubs
/// would be reported as tests that test nothing. Say so before starting.
fn warn_if_stubs_were_edited(info: &Info) {
    let root = info.root.as_path();
    let stubs: Vec<String> = info
        .exercises
        .iter()
        .map(|e| layout::relative(root, &e.stub(root)))
        .collect();
    let Ok(output) = std::process::Command::new("git")
        .args(["diff", "--name-only", "HEAD", "--"])
        .args(&stubs)
        .current_dir(root)
        .output()
    else {
        return;
    };
    let edited: Vec<&str> = std::str::from_utf8(&output.stdout)
        .unwrap_or_default()
        .lines()
        .collect();
    if output.status.success() && !edited.is_empty() {
        eprintln!(
            "note: {} stub(s) differ from git HEAD ({}, ...). `check` is for the set as shipped:\n      \
             on a student's work it reports solved stubs as problems. Students: `cargo xtask progress`.",
            edited.len(),
            edited[0]
        );
    }
}

/// The runner's own test binaries may run this long, once built: about
/// 15 s warm, longer the first time, when they build their copy of the
/// workspace.
const RUNNER_TEST_LIMIT: Duration = Duration::from_secs(300);

/// Builds and runs the runner's own tests (`cargo test -p xtask`), each
/// binary under [`RUNNER_TEST_LIMIT`]; the problems found.
fn runner_tests(root: &Path) -> Vec<String> {
    const WHAT: &str = "the runner's own tests (cargo test -p xtask)";
    let build = match run::build_tests(root, BuildTarget::Package("xtask"), &[], BUILD_LIMIT) {
        Ok(build) => build,
        Err(failure) => return vec![format!("{WHAT} do not build:\n{}", failure.message)],
    };
    let mut problems = Vec::new();
    for (target, binary) in &build.binaries {
        // As `cargo test` runs them: from the package's folder, with no
        // variable of xtask's own (they run xtask, and check what it adds);
        // without backtraces, so a failure reads short.
        let mut command = std::process::Command::new(binary);
        command
            .current_dir(root.join("xtask"))
            .env("RUST_BACKTRACE", "0");
        let run = run::run_test_command(command, RUNNER_TEST_LIMIT);
        if run.timed_out {
            problems.push(format!(
                "{WHAT}: `{target}`'s tests {}",
                run.stopped(RUNNER_TEST_LIMIT)
            ));
        } else if !run.all_passed() {
            // libtest lists every test, then the failures' messages.
            let failures = run.output.find("\nfailures:").unwrap_or(0);
            problems.push(format!(
                "{WHAT}: `{target}` fails: {}\n{}",
                run.failed().join(", "),
                excerpt(&run.output[failures..], 40)
            ));
        }
        if run.held_open {
            problems.push(format!(
                "{WHAT}: `{target}` started a process that left its process group (or job) \
                 and kept the output open after the tests ended; a test must end what it starts"
            ));
        }
    }
    problems
}

fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "FAILED" }
}

fn progress(step: &str) {
    eprintln!("  checking {step} ...");
}

fn with_args(mut command: std::process::Command, args: &[&str]) -> std::process::Command {
    command.args(args);
    command
}

/// The first `lines` lines of `text`, for a problem report.
fn excerpt(text: &str, lines: usize) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(lines)
        .collect();
    kept.iter()
        .map(|l| format!("  | {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
