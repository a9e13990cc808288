//! The runner's own tests: each runs the real `xtask` binary against a copy
//! of the workspace (concepts 01 and 02 only, to keep builds short), the way
//! a student would.
//!
//! There is one copy, `runner-tests/workspace` under cargo's scratch folder
//! for integration tests (inside the target directory in use), with its own
//! target folder, and the tests take turns with it. Cargo names a path crate's
//! build by its path relative to the workspace, so two copies sharing a
//! target folder would mistake each other's builds for their own; one copy,
//! rewritten only where a file differs, rebuilds just what a test changed.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The concepts a fixture keeps.
const KEPT: [&str; 2] = ["01-spawning", "02-start-timing"];

/// The copy of the workspace, trimmed to the `KEPT` concepts; one test at a time.
struct Fixture {
    root: PathBuf,
    _turn: MutexGuard<'static, ()>,
}

static TURN: Mutex<()> = Mutex::new(());

impl Fixture {
    /// The copy, made equal to the real workspace again: files that differ
    /// are rewritten, files the real workspace lacks are removed.
    fn new() -> Fixture {
        // A test that failed while holding the turn leaves it poisoned; the
        // copy is rewritten anyway, so the next test may go on.
        let turn = TURN.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let root = scratch().join("workspace");
        let _ = fs::remove_dir_all(root.join(".tasklings"));
        let _ = fs::remove_dir_all(root.join(".git"));
        for top in ["exercises", "solutions"] {
            if let Ok(entries) = fs::read_dir(root.join(top)) {
                for entry in entries.filter_map(Result::ok) {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if entry.path().is_dir()
                        && name.starts_with(|c: char| c.is_ascii_digit())
                        && !KEPT.contains(&name.as_str())
                    {
                        let _ = fs::remove_dir_all(entry.path());
                    }
                }
            }
        }
        let real = workspace();
        sync(
            &real.join("exercises/support"),
            &root.join("exercises/support"),
        );
        for concept in KEPT {
            for top in ["exercises", "solutions"] {
                sync(&real.join(top).join(concept), &root.join(top).join(concept));
            }
        }
        copy(&real.join("Cargo.lock"), &root.join("Cargo.lock"));
        copy(
            &real.join(".cargo/config.toml"),
            &root.join(".cargo/config.toml"),
        );
        write(&root.join("Cargo.toml"), &trimmed_manifest(&real));
        write(&root.join("exercises/info.toml"), &trimmed_info(&real));
        Fixture { root, _turn: turn }
    }

    /// Runs `cargo xtask <args>` from `dir` (relative to the fixture's root).
    fn xtask_in(&self, dir: &str, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .current_dir(self.root.join(dir))
            .env("CARGO_TARGET_DIR", scratch().join("target"))
            .env("NO_COLOR", "1")
            // A copy built from scratch for tests: no incremental caches to keep.
            .env("CARGO_INCREMENTAL", "0")
            .output()
            .expect("running xtask");
        Run::from(output)
    }

    fn xtask(&self, args: &[&str]) -> Run {
        self.xtask_in("", args)
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).expect("reading a fixture file")
    }

    fn write(&self, relative: &str, text: &str) {
        write(&self.path(relative), text);
    }

    /// How many exercises the copy has, and their points together.
    fn size(&self) -> (usize, i64) {
        let info: toml::Table = self
            .read("exercises/info.toml")
            .parse()
            .expect("parsing info.toml");
        let exercises = info["exercise"].as_array().expect("a list of exercises");
        let points = exercises
            .iter()
            .filter_map(|e| e["points"].as_integer())
            .sum();
        (exercises.len(), points)
    }

    /// Copies an exercise's solution over its stub, as a student who solved it.
    fn solve(&self, concept: &str, exercise: &str) {
        let solution = self.read(&format!("solutions/{concept}/src/{exercise}.rs"));
        self.write(&format!("exercises/{concept}/src/{exercise}.rs"), &solution);
    }

    /// Makes the fixture a git repository with everything committed.
    fn commit_all(&self) {
        for args in [
            &["init", "-q"][..],
            &["add", "-A"],
            &[
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@t",
                "commit",
                "-qm",
                "shipped",
            ],
        ] {
            let status = Command::new("git")
                .args(args)
                .current_dir(&self.root)
                .status()
                .expect("running git");
            assert!(status.success(), "git {args:?} failed");
        }
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Run {
    fn says(&self, text: &str) -> bool {
        self.stdout.contains(text) || self.stderr.contains(text)
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

#[test]
fn progress_names_the_next_exercise_and_moves_on_once_it_is_solved() {
    let fixture = Fixture::new();
    let (count, points) = fixture.size();

    let before = fixture.xtask(&[]);
    assert_eq!(before.code, Some(0), "{before}");
    assert!(
        before.says("Next: spawning1"),
        "a fresh copy starts at spawning1:\n{before}"
    );
    let nothing_yet = format!("0/{count} exercises, 0/{points} points");
    assert!(before.says(&nothing_yet), "{before}");
    assert!(
        before.says("cd exercises/01-spawning && cargo test --test spawning1"),
        "{before}"
    );

    fixture.solve("01-spawning", "spawning1");
    let after = fixture.xtask(&["progress"]);

    assert!(
        after.says("Next: spawning2"),
        "solving spawning1 moves on to spawning2:\n{after}"
    );
    assert!(
        after.says(&format!("1/{count} exercises, 10/{points} points")),
        "{after}"
    );
    let row = after
        .stdout
        .lines()
        .find(|l| l.contains("spawning1"))
        .unwrap_or_default();
    assert!(
        row.contains("solved") && row.contains("10/10"),
        "spawning1's row: {row}"
    );
}

#[test]
fn the_solution_is_shown_only_once_the_exercise_passes() {
    let fixture = Fixture::new();

    let hidden = fixture.xtask(&["solution", "spawning1"]);
    assert_eq!(hidden.code, Some(2), "{hidden}");
    assert!(
        hidden.says("not solved yet") && hidden.says("--force"),
        "{hidden}"
    );
    assert!(
        !hidden.says("pub async fn order_summary"),
        "the solution leaked:\n{hidden}"
    );

    let forced = fixture.xtask(&["solution", "spawning1", "--force"]);
    assert!(forced.says("pub async fn order_summary"), "{forced}");

    fixture.solve("01-spawning", "spawning1");
    let shown = fixture.xtask(&["solution", "spawning1"]);
    assert_eq!(shown.code, Some(0), "{shown}");
    assert!(shown.says("tokio::spawn"), "{shown}");
}

#[test]
fn reset_saves_the_students_file_then_restores_the_stub() {
    let fixture = Fixture::new();
    fixture.commit_all();
    let shipped = fixture.read("exercises/01-spawning/src/spawning2.rs");
    fixture.write("exercises/01-spawning/src/spawning2.rs", "// my attempt\n");

    let reset = fixture.xtask(&["reset", "spawning2"]);

    assert_eq!(reset.code, Some(0), "{reset}");
    assert_eq!(
        fixture.read("exercises/01-spawning/src/spawning2.rs"),
        shipped,
        "the stub is back as shipped"
    );
    let backup = reset
        .stdout
        .split_whitespace()
        .find(|word| word.starts_with(".tasklings/backups/"))
        .map(|word| word.trim_end_matches('.'))
        .unwrap_or_else(|| panic!("reset names no backup:\n{reset}"));
    assert_eq!(
        fixture.read(backup),
        "// my attempt\n",
        "the backup holds what the student wrote"
    );

    let again = fixture.xtask(&["reset", "spawning2"]);
    assert!(again.says("already as shipped"), "{again}");
}

#[test]
fn unknown_exercise_names_get_the_nearest_names() {
    let fixture = Fixture::new();

    let run = fixture.xtask(&["hint", "spawnin1"]);

    assert_eq!(run.code, Some(2), "{run}");
    assert!(
        run.says("no exercise is called \"spawnin1\". Did you mean spawning1"),
        "{run}"
    );
    assert!(!run.says("panicked"), "{run}");
}

#[test]
fn commands_work_from_a_subfolder_of_the_workspace() {
    let fixture = Fixture::new();

    let run = fixture.xtask_in("exercises/01-spawning/src", &["hint", "timing3"]);

    assert_eq!(run.code, Some(0), "{run}");
    assert!(run.says("yield_now"), "{run}");
}

#[test]
fn cargo_test_at_the_top_runs_the_exercises_never_the_solutions_and_points_to_xtask() {
    let fixture = Fixture::new();
    let cargo = |args: &[&str]| {
        Run::from(
            Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
                .args(args)
                .current_dir(&fixture.root)
                .env("CARGO_TARGET_DIR", scratch().join("target"))
                .env("CARGO_INCREMENTAL", "0")
                .env("NO_COLOR", "1")
                .output()
                .expect("running cargo"),
        )
    };
    let built = cargo(&["test", "--no-run", "--message-format=json"]);
    assert_eq!(built.code, Some(0), "{built}");
    let tested: Vec<String> = built
        .stdout
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|m| m["profile"]["test"] == true && m["target"]["kind"][0] == "test")
        .map(|m| m["package_id"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert!(
        tested.iter().any(|p| p.contains("01-spawning")),
        "the exercises' tests are built: {tested:?}"
    );
    assert!(
        !tested.iter().any(|p| p.contains("solutions")),
        "no solution's tests are built by a plain `cargo test`: {tested:?}"
    );
    let run = cargo(&["test"]);
    assert_eq!(run.code, Some(101), "the stubs fail:\n{run}");
    assert!(
        run.says("This exercise is not solved yet.") && run.says("cargo xtask watch"),
        "an unsolved exercise points to cargo xtask:\n{run}"
    );
}

#[test]
fn a_malformed_entry_is_left_out_and_the_rest_still_works() {
    let fixture = Fixture::new();
    let info = fixture.read("exercises/info.toml");
    // A TOML syntax error inside spawning2's entry only.
    let broken = info.replacen(
        "name = \"spawning2\"",
        "name = \"spawning2\"\npoints = = 20",
        1,
    );
    assert_ne!(broken, info, "the fixture lists spawning2");
    fixture.write("exercises/info.toml", &broken);

    let run = fixture.xtask(&["progress"]);
    assert_eq!(run.code, Some(0), "{run}");
    assert!(
        run.says("warning: exercises/info.toml, the entry at line")
            && run.says("that entry is left out"),
        "the bad entry is named:\n{run}"
    );
    assert!(run.says("spawning1") && run.says("timing1"), "{run}");
    let hint = fixture.xtask(&["hint", "spawning3"]);
    assert_eq!(hint.code, Some(0), "{hint}");
    let grade = fixture.xtask(&["grade", "--json"]);
    let document: serde_json::Value =
        serde_json::from_str(&grade.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{grade}"));
    assert_eq!(
        document["metadata_problems"].as_array().map(Vec::len),
        Some(1),
        "{document:#}"
    );
}

#[test]
fn metadata_with_no_usable_exercise_is_a_clear_error_not_a_panic() {
    let fixture = Fixture::new();
    fixture.write(
        "exercises/info.toml",
        "[[exercise]]\nname = \"spawning1\"\n",
    );
    let run = fixture.xtask(&["progress"]);
    assert_eq!(run.code, Some(2), "{run}");
    assert!(run.says("exercises/info.toml is malformed"), "{run}");
    assert!(!run.says("panicked"), "{run}");
}

#[test]
fn a_file_that_does_not_compile_costs_only_its_own_exercise() {
    let fixture = Fixture::new();
    fixture.solve("01-spawning", "spawning1");
    fixture.write("exercises/01-spawning/src/spawning2.rs", "pub fn oops( {\n");
    let grade = fixture.xtask(&["grade", "--json"]);
    assert_eq!(grade.code, Some(0), "{grade}");
    let document: serde_json::Value =
        serde_json::from_str(&grade.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{grade}"));
    let entry = |name: &str| {
        document["exercises"]
            .as_array()
            .and_then(|list| list.iter().find(|e| e["exercise"] == name))
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        (&entry("spawning1")["status"], &entry("spawning1")["points"]),
        (&"solved".into(), &10.into()),
        "a solved exercise keeps its points beside a broken one:\n{document:#}"
    );
    let broken = entry("spawning2");
    assert_eq!(broken["status"], "does_not_compile", "{document:#}");
    assert!(
        broken["detail"].as_str().is_some_and(
            |d| d.starts_with("exercises/01-spawning/src/spawning2.rs does not compile")
        ),
        "the broken exercise names its file: {broken:#}"
    );
    assert_eq!(entry("spawning3")["status"], "failing", "{document:#}");
    let progress = fixture.xtask(&["progress"]);
    let row = |name: &str| {
        progress
            .stdout
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(row("spawning1").contains("solved"), "{progress}");
    assert!(row("spawning2").contains("does not compile"), "{progress}");
}

#[test]
fn a_crate_that_does_not_compile_is_reported_and_the_others_are_still_graded() {
    let fixture = Fixture::new();
    // An error outside any exercise's file stops the whole concept.
    let lib = fixture.read("exercises/01-spawning/src/lib.rs");
    fixture.write(
        "exercises/01-spawning/src/lib.rs",
        &format!("{lib}\npub fn oops( {{\n"),
    );
    let grade = fixture.xtask(&["grade", "--json"]);
    assert_eq!(grade.code, Some(0), "{grade}");
    let document: serde_json::Value =
        serde_json::from_str(&grade.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{grade}"));
    let status = |name: &str| {
        document["exercises"]
            .as_array()
            .and_then(|list| list.iter().find(|e| e["exercise"] == name))
            .map(|e| e["status"].clone())
    };
    assert_eq!(
        status("spawning1"),
        Some("does_not_compile".into()),
        "{document:#}"
    );
    assert_eq!(status("timing1"), Some("failing".into()), "{document:#}");
    assert_eq!(document["max_points"], fixture.size().1);
    // The schema, as the README documents it.
    assert_eq!(document["schema"], 1, "{document:#}");
    for field in [
        "points",
        "max_points",
        "solved",
        "exercises_total",
        "wall_time_ms",
    ] {
        assert!(
            document[field].is_u64(),
            "`{field}` is a count: {document:#}"
        );
    }
    assert!(document["metadata_problems"].is_array(), "{document:#}");
    let broken = &document["exercises"][0];
    assert!(
        broken["tests_total"].as_u64().is_some_and(|n| n > 0),
        "a crate that does not compile still has tests to count: {broken:#}"
    );
    assert_eq!(broken["status_text"], "does not compile", "{broken:#}");
    for entry in document["exercises"].as_array().into_iter().flatten() {
        for (field, is_right) in [
            ("exercise", entry["exercise"].is_string()),
            ("concept", entry["concept"].is_string()),
            ("title", entry["title"].is_string()),
            ("grade", entry["grade"].is_string()),
            (
                "status",
                ["solved", "failing", "does_not_compile", "timed_out"]
                    .iter()
                    .any(|id| entry["status"] == *id),
            ),
            ("status_text", entry["status_text"].is_string()),
            ("points", entry["points"].is_u64()),
            ("max_points", entry["max_points"].is_u64()),
            ("tests_passed", entry["tests_passed"].is_u64()),
            ("tests_total", entry["tests_total"].is_u64()),
            ("failing_tests", entry["failing_tests"].is_array()),
            ("wall_time_ms", entry["wall_time_ms"].is_u64()),
        ] {
            assert!(is_right, "`{field}` as documented: {entry:#}");
        }
    }

    let test = fixture.xtask(&["test", "spawning1"]);
    assert!(
        test.says("does not compile") && test.says("error"),
        "{test}"
    );
    assert!(
        test.stdout.lines().count() < 30,
        "the compiler error should be short:\n{test}"
    );
}

#[test]
fn student_code_that_hangs_is_stopped_and_reported_as_timed_out() {
    let fixture = Fixture::new();
    let stub = fixture.read("exercises/01-spawning/src/spawning4.rs");
    let endless = stub.replace("    todo!(", "    loop {}\n    todo!(");
    fixture.write("exercises/01-spawning/src/spawning4.rs", &endless);

    let run = fixture.xtask(&["test", "spawning4"]);

    assert_eq!(run.code, Some(1), "{run}");
    assert!(run.says("timed out"), "{run}");
    assert!(
        run.says("a loop that never reaches an .await"),
        "the hang guard's message reaches the student:\n{run}"
    );
}

#[test]
fn watch_reruns_on_save_moves_on_when_solved_and_leaves_on_q() {
    let fixture = Fixture::new();
    let mut watch = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("watch")
        .current_dir(&fixture.root)
        .env("CARGO_TARGET_DIR", scratch().join("target"))
        .env("NO_COLOR", "1")
        .env("CARGO_INCREMENTAL", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        // Not the test's own stderr: a watch left running must not hold
        // the output of whoever runs these tests (`cargo xtask check`).
        .stderr(Stdio::null())
        .spawn()
        .map(KilledAtTheEnd)
        .expect("starting xtask watch");
    let watch = &mut watch.0;
    let lines = lines_of(watch.stdout.take().expect("watch's stdout"));
    let mut seen = String::new();
    let mut wait_for = |text: &str| {
        let deadline = Instant::now() + Duration::from_secs(120);
        while !seen.contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(left) {
                Ok(line) => seen.push_str(&(line + "\n")),
                Err(_) => panic!("watch never said {text:?}; it said:\n{seen}"),
            }
        }
        seen.clear();
    };

    wait_for("spawning1 (*)");
    wait_for("Save the file to run its tests again");
    fixture.solve("01-spawning", "spawning1");
    let saved = Instant::now();
    wait_for("spawning1 is solved");
    let took = saved.elapsed();
    wait_for("spawning2 (**)");
    watch
        .stdin
        .as_mut()
        .expect("watch's stdin")
        .write_all(b"q\n")
        .expect("pressing q");
    let status = watch.wait().expect("waiting for watch");

    assert!(
        status.success(),
        "watch should leave cleanly on q: {status}"
    );
    eprintln!(
        "watch: a save was tested and shown in {} ms",
        took.as_millis()
    );
}

/// A process that is killed when the test ends, passed or failed, so that
/// no `watch` is left running behind a failed test.
struct KilledAtTheEnd(std::process::Child);

impl Drop for KilledAtTheEnd {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The lines `stdout` gives, as they come.
fn lines_of(stdout: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                return;
            }
        }
    });
    rx
}

// ---- the fixture's files

/// The runner tests' own folder, inside the cargo target directory in use.
fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("runner-tests")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_owned()
}

fn trimmed_manifest(real: &Path) -> String {
    let manifest = fs::read_to_string(real.join("Cargo.toml")).expect("reading Cargo.toml");
    manifest
        .lines()
        .filter(|line| {
            let member = line.trim().trim_end_matches(',').trim_matches('"');
            let is_member = member.starts_with("exercises/")
                || member.starts_with("solutions/")
                || member == "xtask";
            !is_member || member == "exercises/support" || KEPT.iter().any(|k| member.ends_with(k))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn trimmed_info(real: &Path) -> String {
    let info = fs::read_to_string(real.join("exercises/info.toml")).expect("reading info.toml");
    // Keep each [[concept]] / [[exercise]] block (with its mistakes) whose
    // concept is kept; blocks begin at a line starting with `[[`.
    let mut kept = String::new();
    let mut keep = true;
    for block in split_blocks(&info) {
        if block.starts_with("[[concept]]") || block.starts_with("[[exercise]]") {
            keep = KEPT.iter().any(|k| block.contains(&format!("\"{k}\"")));
        }
        if keep {
            kept.push_str(&block);
        }
    }
    kept
}

fn split_blocks(text: &str) -> Vec<String> {
    let mut blocks = vec![String::new()];
    for line in text.lines() {
        if line.starts_with("[[") {
            blocks.push(String::new());
        }
        let last = blocks.last_mut().expect("there is always a block");
        last.push_str(line);
        last.push('\n');
    }
    blocks
}

fn sync(from: &Path, to: &Path) {
    let _ = fs::create_dir_all(to);
    for entry in fs::read_dir(to)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
    {
        if !from.join(entry.file_name()).exists() {
            let _ = fs::remove_dir_all(entry.path()).or_else(|_| fs::remove_file(entry.path()));
        }
    }
    for entry in fs::read_dir(from)
        .expect("reading the workspace")
        .filter_map(Result::ok)
    {
        let target = to.join(entry.file_name());
        if entry.file_name() == "target" {
            continue;
        }
        if entry.path().is_dir() {
            sync(&entry.path(), &target);
        } else {
            copy(&entry.path(), &target);
        }
    }
}

fn copy(from: &Path, to: &Path) {
    write(
        to,
        &fs::read_to_string(from).expect("reading a workspace file"),
    );
}

/// Writes only when the text differs, so cargo sees unchanged files as unchanged.
fn write(path: &Path, text: &str) {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return;
    }
    fs::create_dir_all(path.parent().expect("a file has a folder")).expect("creating a folder");
    fs::write(path, text).expect("writing a fixture file");
}
