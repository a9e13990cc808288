//! `cargo xtask grade [--json]`: every exercise, its status and points, for
//! a student's own record or a classroom autograder.

use std::fs;
use std::time::Instant;

use serde_json::json;

use crate::info::Info;
use crate::results::{self, Outcome, Status};
use crate::{Error, layout, student, term};

pub fn grade(info: &Info, as_json: bool) -> Result<bool, Error> {
    let started = Instant::now();
    let outcomes = results::test_all(info, results::Pace::Grading);
    let took = started.elapsed();
    if as_json {
        println!("{}", document(info, &outcomes, took.as_millis()));
    } else {
        student::print_progress(info, &outcomes);
        println!("\n  Graded in {:.1} s.", took.as_secs_f64());
    }
    Ok(true)
}

/// The version of the `grade --json` document. It changes only when a
/// field is removed or changes meaning; new fields may appear without it.
pub const SCHEMA: u32 = 1;

/// One JSON document: totals, then one entry per exercise in order. Every
/// field is documented in the README ("The grade report").
fn document(info: &Info, outcomes: &[Outcome<'_>], wall_time_ms: u128) -> String {
    let exercises: Vec<_> = outcomes
        .iter()
        .map(|o| {
            // A crate that does not compile runs no test; its test file
            // still says how many there are.
            let tests_total = if o.total == 0 {
                layout::test_names(
                    &fs::read_to_string(o.exercise.test_file(&info.root)).unwrap_or_default(),
                )
                .len()
            } else {
                o.total
            };
            json!({
                "exercise": o.exercise.name,
                "concept": o.exercise.concept.dir,
                "title": o.exercise.title,
                "grade": o.exercise.grade,
                "status": o.status.id(),
                "status_text": o.status.label(),
                "points": o.points(),
                "max_points": o.exercise.points,
                "tests_passed": o.passed,
                "tests_total": tests_total,
                "failing_tests": o.failing,
                "detail": term::strip_colours(&o.detail),
                "wall_time_ms": o.took.as_millis() as u64,
            })
        })
        .collect();
    let document = json!({
        "schema": SCHEMA,
        "points": outcomes.iter().map(Outcome::points).sum::<u32>(),
        "max_points": info.exercises.iter().map(|e| e.points).sum::<u32>(),
        "solved": outcomes.iter().filter(|o| o.status == Status::Solved).count(),
        "exercises_total": outcomes.len(),
        "wall_time_ms": wall_time_ms as u64,
        "metadata_problems": info.problems,
        "exercises": exercises,
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}
