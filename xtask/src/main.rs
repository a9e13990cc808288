//! `cargo xtask`: the tasklings command line, in plain Rust. See `USAGE`.

mod author;
mod catalog;
mod check;
mod grade;
mod info;
mod isolate;
mod layout;
mod results;
#[cfg(test)]
mod roles;
mod run;
mod scratch;
mod student;
mod term;
mod timeline;
mod tree;
mod watch;

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
usage: cargo xtask [command]

for students:
  progress               every exercise's status and points, and what to do next (the default)
  watch                  work on the next unsolved exercise: its tests re-run on every save
  test <exercise>        run one exercise's tests, for example `cargo xtask test spawning1`
  hint [exercise]        the hint for one exercise (without a name: the next unsolved one)
  solution <exercise>    its solution, once the exercise passes (--force to see it anyway)
  reset <exercise>       put the stub back as shipped, after saving your version
  timeline <exercise> [test]
                         draw each test's timeline as lanes, yours beside the expected
  timeline article       the article's scenarios, drawn as lanes (--ascii: plain characters)

for instructors:
  grade [--json]         test every exercise and report points (--json: for an autograder)
  check [exercise|concept] [--repeat N] [--catalog-runs N]
                         check the whole set (or one exercise or concept): solutions pass, stubs fail, mistakes are
                         caught with their phrases, variants pass, files match
                         exercises/info.toml, tests are paused and deterministic (each
                         solution run N times, default 20; each mistake and variant 5)
  new <concept> <name>   scaffold an exercise: stub, test, solution, and their entries,
                         with TODO placeholders that check names until filled in
  catalog <exercise> <answer.rs> [--variant]
                         store an edited copy of the solution as a mistake (or variant):
                         a patch under solutions/<concept>/mistakes/<exercise>/
  catalog <exercise> --show <entry>
                         print a catalogued answer in full, to edit and store again";

fn main() -> ExitCode {
    quiet_panics();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = dispatch(&args);
    // A thread may still be waiting on a command (watch quits mid-build).
    tree::stop_all();
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(Error(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// A reader that goes away (`cargo xtask progress | head`) ends the output
/// quietly; any other panic is a bug in xtask, said in one line, no backtrace.
fn quiet_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| {
                info.payload()
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
            })
            .unwrap_or_default();
        if message.starts_with("failed printing to std") {
            tree::stop_all();
            std::process::exit(0);
        }
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "error: xtask stopped on a bug{place}: {message}\nPlease report it to the tasklings maintainers."
        );
    }));
}

fn dispatch(args: &[String]) -> Result<bool, Error> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        [] | ["progress"] => student::progress(&load()?),
        ["watch"] => watch::watch(&load()?),
        ["test", name] => with_exercise(name, student::test),
        ["hint"] => student::hint_for_next(&load()?),
        ["hint", name] => with_exercise(name, |_, exercise| student::hint(exercise)),
        ["solution", name] => with_exercise(name, |info, exercise| {
            student::solution(info, exercise, false)
        }),
        ["solution", name, "--force"] | ["solution", "--force", name] => {
            with_exercise(name, |info, exercise| {
                student::solution(info, exercise, true)
            })
        }
        ["reset", name] => with_exercise(name, student::reset),
        ["timeline", rest @ ..] if rest.contains(&"--ascii") => {
            run::ascii_from_now_on();
            let rest: Vec<String> = std::iter::once("timeline")
                .chain(rest.iter().copied().filter(|a| *a != "--ascii"))
                .map(str::to_owned)
                .collect();
            dispatch(&rest)
        }
        ["timeline", "article"] => timeline::article(&load()?),
        ["timeline", name] => with_exercise(name, |info, exercise| {
            timeline::exercise(info, exercise, None)
        }),
        ["timeline", name, test] => with_exercise(name, |info, exercise| {
            timeline::exercise(info, exercise, Some(test))
        }),
        ["grade"] => grade::grade(&load()?, false),
        ["grade", "--json"] => grade::grade(&load()?, true),
        ["check", options @ ..] => check::check(&load()?, &check_options(options)?),
        ["new", concept, name] => author::new_exercise(&load()?, concept, name),
        ["new", ..] => Err(Error::new(
            "`new` wants a concept and a name, for example `cargo xtask new 01-spawning spawning5`",
        )),
        ["catalog", name, "--show", entry] => {
            with_exercise(name, |info, exercise| author::show(info, exercise, entry))
        }
        ["catalog", name, answer] => with_exercise(name, |info, exercise| {
            author::catalog(info, exercise, Path::new(answer), catalog::Kind::Mistake)
        }),
        ["catalog", name, answer, "--variant"] | ["catalog", name, "--variant", answer] => {
            with_exercise(name, |info, exercise| {
                author::catalog(info, exercise, Path::new(answer), catalog::Kind::Variant)
            })
        }
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(true)
        }
        [command @ ("test" | "hint" | "solution" | "reset"), ..] => Err(Error::new(format!(
            "`{command}` wants one exercise name, for example `cargo xtask {command} spawning1`"
        ))),
        ["catalog", ..] => Err(Error::new(
            "`catalog` wants an exercise and an answer file, for example \
             `cargo xtask catalog spawning2 my_mistake.rs` (add `--variant` for a correct \
             answer), or `cargo xtask catalog spawning2 --show completion_order`",
        )),
        _ => Err(Error::new(format!(
            "unknown command `{}`\n\n{USAGE}",
            args.join(" ")
        ))),
    }
}

/// `check [exercise|concept] [--repeat N] [--catalog-runs N]`.
fn check_options(args: &[&str]) -> Result<check::Options, Error> {
    let mut options = check::Options {
        repeat: 20,
        catalog_runs: 5,
        scope: None,
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let slot = match *flag {
            "--repeat" => &mut options.repeat,
            "--catalog-runs" => &mut options.catalog_runs,
            scope if !scope.starts_with('-') && options.scope.is_none() => {
                options.scope = Some(scope.to_owned());
                continue;
            }
            other => {
                return Err(Error::new(format!(
                    "check takes one exercise or concept, --repeat N and --catalog-runs N, not {other:?}"
                )));
            }
        };
        let value = args.next().unwrap_or(&"");
        *slot = value
            .parse()
            .map_err(|_| Error::new(format!("{flag} wants a number, not {value:?}")))?;
    }
    Ok(options)
}

/// Runs `command` on the exercise called `name`.
fn with_exercise(
    name: &str,
    command: impl FnOnce(&Info, &info::Exercise) -> Result<bool, Error>,
) -> Result<bool, Error> {
    let info = load()?;
    let exercise = find(&info, name)?;
    command(&info, exercise)
}

fn load() -> Result<Info, Error> {
    let info = Info::load(&workspace_root()?)?;
    info.warn_about_problems();
    Ok(info)
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
pub fn distance(a: &str, b: &str) -> usize {
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
