//! The student's commands: progress, test, hint, solution, reset.

use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::info::{Exercise, Info};
use crate::layout::relative;
use crate::results::{self, Outcome, Status};
use crate::{Error, term};

/// Where `reset` keeps what a student wrote before putting the stub back.
pub const BACKUP_DIR: &str = ".tasklings/backups";

/// `cargo xtask progress`: every exercise's status, the points, and what to do next.
pub fn progress(info: &Info) -> Result<bool, Error> {
    eprintln!(
        "Testing every exercise (the first time builds everything; later runs take seconds) ..."
    );
    let outcomes = results::test_all(info, results::Pace::Interactive);
    print_progress(info, &outcomes);
    Ok(true)
}

pub fn print_progress(info: &Info, outcomes: &[Outcome<'_>]) {
    let earned: u32 = outcomes.iter().map(Outcome::points).sum();
    let possible: u32 = info.exercises.iter().map(|e| e.points).sum();
    let solved = outcomes
        .iter()
        .filter(|o| o.status == Status::Solved)
        .count();

    println!();
    println!(
        "  {:>2}  {:<21} {:<11} {:<5} {:>7}  status",
        "#", "concept", "exercise", "grade", "points"
    );
    for (n, outcome) in outcomes.iter().enumerate() {
        let e = outcome.exercise;
        let status = match outcome.status {
            Status::Solved => term::green("solved"),
            Status::Failing => term::red(&format!(
                "failing ({} of {} tests pass)",
                outcome.passed, outcome.total
            )),
            other => term::yellow(other.label()),
        };
        let points = format!("{}/{}", outcome.points(), e.points);
        println!(
            "  {:>2}  {:<21} {:<11} {:<5} {:>7}  {status}",
            n + 1,
            e.concept.dir,
            e.name,
            e.grade,
            points
        );
    }
    println!();
    println!(
        "  {} {solved}/{} exercises, {earned}/{possible} points",
        term::bar(solved, outcomes.len(), 30),
        outcomes.len()
    );
    println!();
    match outcomes.iter().find(|o| o.status != Status::Solved) {
        None => println!("  {}", term::green("Every exercise is solved. Well done!")),
        Some(next) => print_next(info, next.exercise),
    }
}

fn print_next(info: &Info, exercise: &Exercise) {
    println!(
        "  Next: {} ({}, {})",
        term::bold(&exercise.name),
        exercise.title,
        exercise.grade
    );
    println!(
        "    file:  {}",
        relative(&info.root, &exercise.stub(&info.root))
    );
    println!(
        "    test:  cd exercises/{} && {}",
        exercise.concept.dir,
        exercise.test_command()
    );
    println!("    or:    cargo xtask watch     (re-runs the tests each time you save)");
}

/// `cargo xtask test <exercise>`: its tests, with a short result.
pub fn test(info: &Info, exercise: &Exercise) -> Result<bool, Error> {
    let outcome = results::test_one(info, exercise);
    println!("{}", summary(&outcome));
    Ok(outcome.status == Status::Solved)
}

/// A few lines on where an exercise stands: a pass count, or the first
/// failure with its teaching message, or the first compiler error.
pub fn summary(outcome: &Outcome<'_>) -> String {
    let name = &outcome.exercise.name;
    let detail = term::for_stdout(&outcome.detail);
    let counted = format!("{} of {} tests pass", outcome.passed, outcome.total);
    match outcome.status {
        Status::Solved => term::green(&format!("✓ {name} is solved: {counted}.")),
        Status::Failing => format!(
            "{}\n\nFirst failure, `{}`:\n\n{detail}",
            term::red(&format!("✗ {name}: {counted}.")),
            outcome.failing.first().map_or("", String::as_str),
        ),
        Status::DoesNotCompile => format!(
            "{}\n\n{detail}",
            term::red(&if outcome.detail.contains(" does not compile:\n") {
                // Only this exercise's files are broken; the others still run.
                format!("✗ {name} does not compile.")
            } else {
                format!(
                    "✗ {name}: the {} crate does not compile.",
                    outcome.exercise.concept.package
                )
            }),
        ),
        Status::TimedOut => format!(
            "{}\n\n{detail}",
            term::yellow(&format!("✗ {name}: timed out ({counted})."))
        ),
    }
}

/// `cargo xtask hint <exercise>`.
pub fn hint(exercise: &Exercise) -> Result<bool, Error> {
    println!(
        "Hint for {} ({}):\n\n{}",
        exercise.name, exercise.title, exercise.hint
    );
    Ok(true)
}

/// `cargo xtask hint` without a name: the hint for the next unsolved exercise.
pub fn hint_for_next(info: &Info) -> Result<bool, Error> {
    let outcomes = results::test_all(info, results::Pace::Interactive);
    match outcomes.iter().find(|o| o.status != Status::Solved) {
        Some(next) => hint(next.exercise),
        None => {
            println!("Every exercise is solved: no hint needed.");
            Ok(true)
        }
    }
}

/// `cargo xtask solution <exercise> [--force]`: shown once the exercise passes.
pub fn solution(info: &Info, exercise: &Exercise, force: bool) -> Result<bool, Error> {
    if !force {
        let outcome = results::test_one(info, exercise);
        if outcome.status != Status::Solved {
            return Err(Error::new(format!(
                "{} is not solved yet ({}), so its solution stays hidden.\n\
                 Try `cargo xtask hint {0}` first, or `cargo xtask solution {0} --force` to see it anyway.",
                exercise.name,
                outcome.status.label()
            )));
        }
    }
    let path = exercise.solution(&info.root);
    let text = fs::read_to_string(&path)
        .map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))?;
    println!(
        "{} ({}):\n\n{text}",
        exercise.name,
        relative(&info.root, &path)
    );
    Ok(true)
}

/// `cargo xtask reset <exercise>`: saves the student's file, then puts the
/// stub back as committed in git (as shipped, in a fresh clone).
pub fn reset(info: &Info, exercise: &Exercise) -> Result<bool, Error> {
    let root = &info.root;
    let stub = exercise.stub(root);
    let path = relative(root, &stub);
    let shipped = shipped_stub(info, &path)?;
    let current = fs::read_to_string(&stub).unwrap_or_default();
    if current == shipped {
        println!("{path} is already as shipped; nothing to reset.");
        return Ok(true);
    }
    let backup = backup_path(info, exercise);
    let write = |at: &PathBuf, text: &str| {
        fs::create_dir_all(at.parent().unwrap_or(root))
            .and_then(|()| fs::write(at, text))
            .map_err(|e| Error::new(format!("cannot write {}: {e}", at.display())))
    };
    write(&backup, &current)?;
    write(&stub, &shipped)?;
    println!(
        "Your version of {path} is saved as {}.",
        relative(root, &backup)
    );
    println!("{path} is back as shipped.");
    Ok(true)
}

fn shipped_stub(info: &Info, path: &str) -> Result<String, Error> {
    let output = Command::new("git")
        .args(["show", &format!("HEAD:{path}")])
        .current_dir(&info.root)
        .output()
        .map_err(|e| {
            Error::new(format!(
                "reset needs git to find the shipped stub, and git did not run: {e}"
            ))
        })?;
    if !output.status.success() {
        return Err(Error::new(format!(
            "cannot find the shipped version of {path} in git (is this a clone of tasklings?):\n{}",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

fn backup_path(info: &Info, exercise: &Exercise) -> PathBuf {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let dir = info.root.join(BACKUP_DIR);
    // Never overwrite an earlier backup, even two resets in one second.
    (0..)
        .map(|n| {
            let suffix = if n == 0 {
                String::new()
            } else {
                format!("-{n}")
            };
            dir.join(format!("{}-{seconds}{suffix}.rs", exercise.name))
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| dir.join(format!("{}.rs", exercise.name)))
}
