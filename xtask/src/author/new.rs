//! `cargo xtask new <concept> <name>`: every file a new exercise needs,
//! compiling, with `TODO` placeholders where the author's words go.

use crate::Error;
use crate::info::{Concept, Info};
use crate::layout::relative;
use crate::scratch::{self, read, write_if_changed};

use super::{PLACEHOLDER, info_toml};

/// Writes the stub, its test file (one paused timeline test), the solution,
/// the `mod` lines, the solution crate's `[[test]]` entry and the
/// `exercises/info.toml` entry, after the concept's last exercise.
pub fn new_exercise(info: &Info, concept: &str, name: &str) -> Result<bool, Error> {
    let root = info.root.as_path();
    let concept = find_concept(info, concept)?;
    check_name(info, name)?;
    let lib = scratch::lib_name(concept);
    let exercises = concept.exercise_dir(root);
    let solutions = concept.solution_dir(root);
    let dir = &concept.dir;

    let stub = exercises.join("src").join(format!("{name}.rs"));
    let test = exercises.join("tests").join(format!("{name}.rs"));
    let solution = solutions.join("src").join(format!("{name}.rs"));
    for path in [&stub, &test, &solution] {
        if path.exists() {
            return Err(Error::new(format!(
                "{} exists already; `new` writes only new files",
                relative(root, path)
            )));
        }
    }
    write_if_changed(&stub, &stub_text(name, dir))?;
    write_if_changed(&test, &test_text(name, &lib))?;
    write_if_changed(&solution, &solution_text(name))?;
    for lib_rs in [exercises.join("src/lib.rs"), solutions.join("src/lib.rs")] {
        let text = read(&lib_rs)?;
        write_if_changed(&lib_rs, &format!("{}\npub mod {name};\n", text.trim_end()))?;
    }
    let manifest = solutions.join("Cargo.toml");
    let text = read(&manifest)?;
    write_if_changed(
        &manifest,
        &format!(
            "{}\n\n[[test]]\nname = \"{name}\"\npath = \"../../exercises/{dir}/tests/{name}.rs\"\n",
            text.trim_end()
        ),
    )?;
    info_toml::insert(root, dir, None, &entry_text(name, dir))?;

    println!("Wrote the exercise {name} in {dir}:");
    for path in [&stub, &test, &solution] {
        println!("  {}", relative(root, path));
    }
    println!(
        "  and its lines in src/lib.rs (both crates), solutions/{dir}/Cargo.toml and exercises/info.toml.\n\n\
         Replace every {PLACEHOLDER} (`cargo xtask check {name}` lists those left), write the tests,\n\
         then catalog six wrong answers and two variants: `cargo xtask catalog {name} <answer>.rs`."
    );
    Ok(true)
}

fn find_concept<'a>(info: &'a Info, wanted: &str) -> Result<&'a Concept, Error> {
    info.concepts
        .iter()
        .find(|c| c.dir == wanted || c.package == wanted)
        .ok_or_else(|| {
            let dirs: Vec<&str> = info.concepts.iter().map(|c| c.dir.as_str()).collect();
            Error::new(format!(
                "no concept is called {wanted:?}; the concepts are: {}",
                dirs.join(", ")
            ))
        })
}

fn check_name(info: &Info, name: &str) -> Result<(), Error> {
    let is_identifier = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !is_identifier {
        return Err(Error::new(format!(
            "{name:?} cannot name an exercise: it becomes a module and a test target, so \
             use lowercase letters, digits and `_`, starting with a letter (like spawning5)"
        )));
    }
    if info.find(name).is_some() {
        return Err(Error::new(format!(
            "an exercise called {name:?} exists already; choose another name"
        )));
    }
    Ok(())
}

fn stub_text(name: &str, dir: &str) -> String {
    format!(
        r#"//! # {name}: {PLACEHOLDER} the title (*)
//!
//! {PLACEHOLDER}: what to do, what to log and what to return.
//!
//! Why: {PLACEHOLDER}: why it matters, in a sentence or two.
//!
//! Python: {PLACEHOLDER}: the asyncio counterpart.
//!
//! Test: `cargo test --test {name}` (from `exercises/{dir}`).
//! Stuck: `cargo xtask hint {name}`.

use tasklings::Timeline;

/// {PLACEHOLDER}: what `run` does.
pub async fn run(timeline: &Timeline) {{
    todo!("{PLACEHOLDER}: say what to do")
}}
"#
    )
}

fn test_text(name: &str, lib: &str) -> String {
    format!(
        r#"//! {name}: {PLACEHOLDER} the title.
//! Run: `cargo test --test {name}`

use {lib}::{name}::run;
use tasklings::{{Timeline, paused, secs}};

#[test]
fn todo_say_the_behaviour_this_test_checks() {{
    paused(async || {{
        let timeline = Timeline::start();

        run(&timeline).await;
        timeline.log("main: done");

        timeline
            .expect(&[(secs(0), "main: done")])
            .lesson("{PLACEHOLDER}: what to look at when this fails.")
            .check();
    }});
}}
"#
    )
}

fn solution_text(name: &str) -> String {
    format!(
        r#"//! Solution to {name}: {PLACEHOLDER} the idea in one line.

use tasklings::Timeline;

/// {PLACEHOLDER}: what `run` does.
pub async fn run(timeline: &Timeline) {{
    let _ = timeline;
}}
"#
    )
}

fn entry_text(name: &str, dir: &str) -> String {
    format!(
        r#"[[exercise]]
name = "{name}"
concept = "{dir}"
title = "{PLACEHOLDER}: the title"
grade = "*"
points = 10
hint = """
{PLACEHOLDER}: the hint, with enough code to get a stuck student going.""""#
    )
}
