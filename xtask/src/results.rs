//! Running a student's exercises: build each concept crate once, run each
//! exercise's test binary, and say for each exercise where it stands.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::info::{Concept, Exercise, Info};
use crate::isolate;
use crate::layout;
use crate::run::{self, BUILD_LIMIT, BuildTarget, TEST_LIMIT};

/// What the support crate's hang guard says when it stops a test
/// (`exercises/support/src/guard.rs`); such a test counts as timed out.
const HANG_MARKER: &str = "of real time, so it was stopped";
/// The support crate's variable for its hang limit (`tasklings::HANG_LIMIT_VARIABLE`).
pub const HANG_LIMIT_VARIABLE: &str = "TASKLINGS_HANG_LIMIT_MS";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    Solved,
    Failing,
    DoesNotCompile,
    TimedOut,
}

impl Status {
    /// The stable identifier in `grade --json`: what a script compares.
    pub fn id(self) -> &'static str {
        match self {
            Status::Solved => "solved",
            Status::Failing => "failing",
            Status::DoesNotCompile => "does_not_compile",
            Status::TimedOut => "timed_out",
        }
    }

    /// The words a person reads.
    pub fn label(self) -> &'static str {
        match self {
            Status::Solved => "solved",
            Status::Failing => "failing",
            Status::DoesNotCompile => "does not compile",
            Status::TimedOut => "timed out",
        }
    }
}

/// How patient a run is with a test that does not finish.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Pace {
    /// A student waiting at the screen (`watch`, `test`, `progress`): every
    /// test of the exercise at once, each stopped after
    /// [`INTERACTIVE_HANG_LIMIT_MS`], so a hang shows within seconds of saving.
    Interactive,
    /// A grade that counts: the support crate's own, longer limit.
    Grading,
}

/// A correct answer's tests take milliseconds; a student's hang should be on
/// screen within about two seconds of saving.
pub const INTERACTIVE_HANG_LIMIT_MS: &str = "1000";

/// Where one exercise stands.
pub struct Outcome<'a> {
    pub exercise: &'a Exercise,
    pub status: Status,
    pub passed: usize,
    pub total: usize,
    pub failing: Vec<String>,
    /// The first failure's message, or the first compiler error.
    pub detail: String,
    pub took: Duration,
}

impl Outcome<'_> {
    pub fn points(&self) -> u32 {
        if self.status == Status::Solved {
            self.exercise.points
        } else {
            0
        }
    }
}

/// Tests every exercise of `concept`, building its crate once.
pub fn test_concept<'a>(info: &'a Info, concept: &'a Concept, pace: Pace) -> Vec<Outcome<'a>> {
    let exercises: Vec<&Exercise> = info.exercises_of(concept).collect();
    test_exercises(&info.root, concept, &exercises, &[], pace)
}

/// Tests one exercise, building only its test target.
pub fn test_one<'a>(info: &'a Info, exercise: &'a Exercise) -> Outcome<'a> {
    let mut outcomes = test_exercises(
        &info.root,
        &exercise.concept,
        &[exercise],
        &[&exercise.name],
        Pace::Interactive,
    );
    outcomes.remove(0)
}

/// Tests every exercise, concept by concept.
pub fn test_all(info: &Info, pace: Pace) -> Vec<Outcome<'_>> {
    info.concepts
        .iter()
        .flat_map(|concept| test_concept(info, concept, pace))
        .collect()
}

fn test_exercises<'a>(
    root: &Path,
    concept: &Concept,
    exercises: &[&'a Exercise],
    only: &[&str],
    pace: Pace,
) -> Vec<Outcome<'a>> {
    let started = Instant::now();
    let mut broken = BTreeMap::new();
    let mut build = run::build_tests(
        root,
        BuildTarget::Package(&concept.package),
        only,
        BUILD_LIMIT,
    );
    // One exercise's file that does not compile stops its whole crate:
    // build the others without it, so that they keep their grades.
    let found = match &build {
        Err(failure) if !failure.timed_out => {
            isolate::broken_exercises(root, exercises, &failure.errors)
        }
        _ => None,
    };
    if let Some(found) = found {
        if let Ok(isolated) = isolate::build_without(root, concept, exercises, &found, only) {
            build = Ok(isolated);
            broken = found;
        }
    }
    let build_took = started.elapsed();
    let not_built = |exercise: &'a Exercise, status: Status, detail: String| Outcome {
        exercise,
        status,
        passed: 0,
        total: 0,
        failing: Vec::new(),
        detail,
        took: build_took,
    };
    exercises
        .iter()
        .map(|&exercise| match &build {
            Err(failure) if failure.timed_out => {
                not_built(exercise, Status::TimedOut, failure.message.clone())
            }
            Err(failure) => not_built(exercise, Status::DoesNotCompile, failure.message.clone()),
            Ok(_) if broken.contains_key(&exercise.name) => not_built(
                exercise,
                Status::DoesNotCompile,
                broken[&exercise.name].clone(),
            ),
            Ok(build) => match build.binaries.get(&exercise.name) {
                None => not_built(
                    exercise,
                    Status::DoesNotCompile,
                    format!("cargo built no test binary named {}", exercise.name),
                ),
                Some(binary) => run_exercise(root, exercise, binary, pace),
            },
        })
        .collect()
}

fn run_exercise<'a>(root: &Path, exercise: &'a Exercise, binary: &Path, pace: Pace) -> Outcome<'a> {
    let started = Instant::now();
    let run = match pace {
        Pace::Interactive => run::run_tests_with(
            binary,
            TEST_LIMIT,
            &["--test-threads=16"],
            &[(HANG_LIMIT_VARIABLE, INTERACTIVE_HANG_LIMIT_MS)],
        ),
        Pace::Grading => run::run_tests(binary, TEST_LIMIT),
    };
    // Failures in the order the test file tells its story, not alphabetical:
    // the first test is the one its author wants read first.
    let order = layout::tests_in_file_order(
        &fs::read_to_string(exercise.test_file(root)).unwrap_or_default(),
    );
    let mut failing: Vec<String> = run.failed().into_iter().map(str::to_owned).collect();
    failing.sort_by_key(|name| order.iter().position(|n| n == name).unwrap_or(usize::MAX));
    let messages: Vec<String> = failing
        .iter()
        .map(|name| failure_message(&run.output, name))
        .collect();
    let hung = messages.iter().position(|m| m.contains(HANG_MARKER));
    let status = if run.timed_out || hung.is_some() {
        Status::TimedOut
    } else if run.all_passed() {
        Status::Solved
    } else {
        Status::Failing
    };
    let detail = match (hung, messages.first()) {
        (Some(hung), _) => format!("`{}` was stopped:\n\n{}", failing[hung], messages[hung]),
        (None, Some(first)) => first.clone(),
        (None, None) if run.timed_out => format!("the tests {}", run.stopped(TEST_LIMIT)),
        (None, None) => String::new(),
    };
    Outcome {
        exercise,
        status,
        passed: run.passed(),
        total: run.outcomes.len(),
        failing,
        detail,
        took: started.elapsed(),
    }
}

/// What libtest printed for the failed test `name`: its panic message,
/// with the timeline diff and the teaching text.
pub fn failure_message(stdout: &str, name: &str) -> String {
    let header = format!("---- {name} stdout ----");
    let Some(start) = stdout.find(&header) else {
        return String::new();
    };
    let body = &stdout[start + header.len()..];
    let end = body
        .lines()
        .scan(0, |offset, line| {
            let at = *offset;
            *offset += line.len() + 1;
            Some((at, line))
        })
        .find(|(_, line)| line.starts_with("---- ") || *line == "failures:")
        .map_or(body.len(), |(at, _)| at);
    body[..end].trim().to_owned()
}
