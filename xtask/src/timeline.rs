//! `cargo xtask timeline`: see the tasks run. For an exercise, each of its
//! tests' timelines drawn as lanes, yours beside the expected, passing or
//! not; for `article`, the article's own scenarios.

use crate::info::{Exercise, Info};
use crate::results::{self, HANG_LIMIT_VARIABLE, INTERACTIVE_HANG_LIMIT_MS, Status};
use crate::run::{self, BUILD_LIMIT, BuildTarget, TEST_LIMIT};
use crate::{Error, student, term};

/// The support crate's variable that makes every checked timeline print
/// itself as lanes (`tasklings::DRAW_VARIABLE`).
const DRAW_VARIABLE: &str = "TASKLINGS_LANES";

/// Plays the article's scenarios on the paused clock and draws them.
pub fn article(info: &Info) -> Result<bool, Error> {
    let mut command = run::cargo(&info.root);
    command.args([
        "run",
        "--quiet",
        "--package",
        "tasklings",
        "--example",
        "article",
    ]);
    if run::plain_lanes() {
        command.env(run::ASCII_VARIABLE, "1");
    }
    let output = run::run(command, BUILD_LIMIT)
        .map_err(|e| Error::new(format!("could not run cargo: {e}")))?;
    if !output.success {
        return Err(Error::new(format!(
            "the article's scenarios did not run:\n{}",
            run::first_error(&output.stderr)
        )));
    }
    print!("{}", term::for_stdout(&output.stdout));
    Ok(true)
}

/// Runs `exercise`'s tests (only `test`, if given) with your answer and
/// draws each timeline they check, passing or not.
pub fn exercise(info: &Info, exercise: &Exercise, test: Option<&str>) -> Result<bool, Error> {
    let build = run::build_tests(
        &info.root,
        BuildTarget::Package(&exercise.concept.package),
        &[&exercise.name],
        BUILD_LIMIT,
    );
    let binary = match build.as_ref().map(|b| b.binaries.get(&exercise.name)) {
        Ok(Some(binary)) => binary.clone(),
        _ => return not_yet(info, exercise),
    };
    let mut args = vec!["--nocapture", "--test-threads=1"];
    if let Some(test) = test {
        args.extend([test, "--exact"]);
    }
    let run = run::run_tests_with(
        &binary,
        TEST_LIMIT,
        &args,
        &[
            (DRAW_VARIABLE, "1"),
            (HANG_LIMIT_VARIABLE, INTERACTIVE_HANG_LIMIT_MS),
        ],
    );
    let charts = charts(&run.output);
    if charts.is_empty() {
        if let Some(test) = test.filter(|t| !run.outcomes.contains_key(*t)) {
            return Err(Error::new(format!(
                "{} has no test called {test:?}; it has: {}",
                exercise.name,
                crate::layout::tests_in_file_order(
                    &std::fs::read_to_string(exercise.test_file(&info.root)).unwrap_or_default()
                )
                .join(", ")
            )));
        }
        return not_yet(info, exercise);
    }
    println!("{}", term::for_stdout(&charts));
    let failing = run.failed().len();
    if failing > 0 {
        println!(
            "{failing} of {} tests fail; `cargo xtask test {}` says why.",
            run.outcomes.len(),
            exercise.name
        );
    }
    Ok(true)
}

/// The lanes the tests printed: each block from its `--- <test>` line to the
/// blank line after it.
fn charts(stdout: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in stdout.lines() {
        // libtest prints `test <name> ... ` with no line end before a test's
        // own output, so a block may start in the middle of a line.
        let line = match line.find("--- ") {
            Some(at) if !inside => {
                inside = true;
                &line[at..]
            }
            _ => line,
        };
        if inside {
            out.push_str(line);
            out.push('\n');
            if line.trim().is_empty() {
                inside = false;
            }
        }
    }
    out.trim_end().to_owned()
}

/// Nothing was drawn: the exercise does not build, or stops before its
/// first timeline. Say so, and why.
fn not_yet(info: &Info, exercise: &Exercise) -> Result<bool, Error> {
    let outcome = results::test_one(info, exercise);
    let why = match outcome.status {
        Status::DoesNotCompile => "it does not compile",
        Status::TimedOut => "it hangs before its timeline is complete",
        _ => "no test got as far as checking a timeline",
    };
    println!(
        "{} does not run yet, so there is no timeline to draw: {why}.\n\n{}",
        exercise.name,
        student::summary(&outcome)
    );
    Ok(false)
}
