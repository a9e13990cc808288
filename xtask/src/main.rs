//! `cargo xtask`: the tasklings command line, in plain Rust.
//!
//! - `cargo xtask check [--repeat N]`: the instructor's check of the whole set.
//! - `cargo xtask hint <exercise>`: the hint for one exercise.

mod check;
mod info;
mod layout;
mod run;
mod scratch;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use info::Info;

/// A problem to tell the user plainly, without a backtrace.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error {
    pub fn new(message: impl Into<String>) -> Self {
        Error(message.into())
    }
}

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  check [--repeat N]   check the whole set: solutions pass, stubs fail, mistakes
                       are caught, files match exercises/info.toml, tests are
                       paused and deterministic (each solution run N times, default 20)
  hint <exercise>      show the hint for one exercise, for example `hint spawning1`";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match dispatch(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(Error(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(args: &[String]) -> Result<bool, Error> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["check", rest @ ..] => {
            let repeat = match rest {
                [] => 20,
                ["--repeat", n] => n
                    .parse()
                    .map_err(|_| Error::new(format!("--repeat wants a number, not {n:?}")))?,
                _ => {
                    return Err(Error::new(format!(
                        "check takes only --repeat N\n\n{USAGE}"
                    )));
                }
            };
            check::check(&load()?, &check::Options { repeat })
        }
        ["hint", name] => {
            let info = load()?;
            let exercise = find(&info, name)?;
            println!(
                "Hint for {} ({}):\n\n{}",
                exercise.name, exercise.title, exercise.hint
            );
            Ok(true)
        }
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(true)
        }
        _ => Err(Error::new(format!(
            "unknown command: {}\n\n{USAGE}",
            args.join(" ")
        ))),
    }
}

fn load() -> Result<Info, Error> {
    Info::load(&workspace_root()?)
}

/// The workspace root: the nearest folder above the current one that holds
/// the metadata file, so every command works from any subfolder.
fn workspace_root() -> Result<PathBuf, Error> {
    let here = std::env::current_dir()
        .map_err(|e| Error::new(format!("cannot read the current folder: {e}")))?;
    let found = here
        .ancestors()
        .find(|dir| dir.join(info::INFO_FILE).is_file());
    let fallback = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf);
    found.map(Path::to_path_buf).or(fallback).ok_or_else(|| {
        Error::new("cannot find the tasklings workspace (no exercises/info.toml above this folder)")
    })
}

/// The exercise called `name`, or an error naming the nearest ones.
fn find<'a>(info: &'a Info, name: &str) -> Result<&'a info::Exercise, Error> {
    info.find(name).ok_or_else(|| {
        let mut names: Vec<&str> = info.exercises.iter().map(|e| e.name.as_str()).collect();
        names.sort_by_key(|candidate| distance(candidate, name));
        Error::new(format!(
            "no exercise is called {name:?}. Did you mean {}?",
            names[..3.min(names.len())].join(", ")
        ))
    })
}

/// Edit distance, to suggest the names nearest a mistyped one.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}
