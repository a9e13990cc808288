//! Running cargo and test binaries: output captured, wall-clock limited.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use crate::tree::Tree;

/// The support crate's variable for plain-ASCII lane charts.
pub const ASCII_VARIABLE: &str = "TASKLINGS_ASCII";

/// Set by `--ascii`.
static ASCII: AtomicBool = AtomicBool::new(false);

/// From now on, lanes are drawn in plain ASCII (`--ascii`).
pub fn ascii_from_now_on() {
    ASCII.store(true, Ordering::Relaxed);
}

/// True when lane charts should be plain ASCII: for a pipe or a file, under
/// `NO_COLOR` or `TERM=dumb`, with `--ascii` or `TASKLINGS_ASCII`.
pub fn plain_lanes() -> bool {
    !crate::term::colours()
        || ASCII.load(Ordering::Relaxed)
        || std::env::var_os(ASCII_VARIABLE).is_some()
}

/// A build may take this long (cold, on two cores) before it counts as hung.
pub const BUILD_LIMIT: Duration = Duration::from_secs(600);
/// A test binary may take this long; the tests' own hang guard stops any
/// single test after 5 s, so this is only reached by something worse.
pub const TEST_LIMIT: Duration = Duration::from_secs(60);

/// What a finished (or stopped) command left behind.
pub struct Output {
    pub success: bool,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
    /// Something outside the command's tree still held its output open
    /// [`AFTER_THE_END`] after the end; what it wrote later is not here.
    pub held_open: bool,
}

impl Output {
    /// The last line the command wrote, to say what it was doing when it
    /// was stopped.
    pub fn last_words(&self) -> &str {
        [&self.stderr, &self.stdout]
            .into_iter()
            .find_map(|text| text.lines().rev().find(|l| !l.trim().is_empty()))
            .map_or("(nothing)", str::trim)
    }

    /// `what` was stopped at `limit`: a problem that says what it was doing.
    pub fn stopped(&self, what: &str, limit: Duration) -> String {
        format!(
            "{what} did not finish within {} s and was stopped, with every process it \
             started; its last line was: {}",
            limit.as_secs(),
            self.last_words()
        )
    }
}

/// How long the output may go on after the command has ended. The command's
/// tree has been ended by then, so only a process that left the tree (a
/// daemon) can still hold the pipes, and it must not keep us waiting.
const AFTER_THE_END: Duration = Duration::from_secs(2);

/// Runs `command` to the end, or stops it after `limit`; either way every
/// process it started and left running is ended with it (see [`tree`]).
///
/// [`tree`]: crate::tree
pub fn run(mut command: Command, limit: Duration) -> std::io::Result<Output> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut tree = Tree::spawn(&mut command)?;
    let stdout = drain(tree.root().stdout.take());
    let stderr = drain(tree.root().stderr.take());
    let finished = wait(tree.root(), limit);
    tree.stop();
    let finished = finished?;
    let (stdout, stdout_held) = stdout.finish();
    let (stderr, stderr_held) = stderr.finish();
    Ok(Output {
        success: finished.is_some_and(|status| status.success()),
        timed_out: finished.is_none(),
        stdout,
        stderr,
        held_open: stdout_held || stderr_held,
    })
}

/// A pipe being read to its end on a thread of its own.
struct Drain {
    text: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

impl Drain {
    /// What was read: all of it once the pipe closes, or what had come by
    /// [`AFTER_THE_END`] if something still holds it open (then `true`).
    fn finish(self) -> (String, bool) {
        let held_open = self.done.recv_timeout(AFTER_THE_END).is_err();
        let text = self.text.lock().unwrap_or_else(|e| e.into_inner());
        (String::from_utf8_lossy(&text).into_owned(), held_open)
    }
}

fn drain(pipe: Option<impl Read + Send + 'static>) -> Drain {
    let text = Arc::new(Mutex::new(Vec::new()));
    let (done_tx, done) = mpsc::channel();
    let sink = text.clone();
    thread::spawn(move || {
        if let Some(mut pipe) = pipe {
            let mut chunk = [0u8; 8192];
            while let Ok(n @ 1..) = pipe.read(&mut chunk) {
                sink.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .extend_from_slice(&chunk[..n]);
            }
        }
        let _ = done_tx.send(());
    });
    Drain { text, done }
}

/// The first process's exit status, or `None` if `limit` came first.
fn wait(child: &mut Child, limit: Duration) -> std::io::Result<Option<ExitStatus>> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Set by `check`: its builds are made once and run, not edited bit by bit
/// as a student's are, so incremental caches would only take disk space.
static WHOLE_BUILDS: AtomicBool = AtomicBool::new(false);

/// From now on, cargo builds without incremental caches.
pub fn build_whole() {
    WHOLE_BUILDS.store(true, Ordering::Relaxed);
}

/// `cargo` with one target directory for every manifest it builds: the
/// workspace's own, unless the user chose another with CARGO_TARGET_DIR.
pub fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    command
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target_dir(root))
        .env("CARGO_TERM_COLOR", "never");
    if WHOLE_BUILDS.load(Ordering::Relaxed) {
        command.env("CARGO_INCREMENTAL", "0");
    }
    command
}

/// The cargo target directory in use: `CARGO_TARGET_DIR` if the user set
/// it (relative to the top folder, as cargo reads it), else `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |d| root.join(d))
}

/// The test binaries of one build, by target name: a test target's own, or
/// a library's or binary's for its unit tests.
pub struct Build {
    pub binaries: BTreeMap<String, PathBuf>,
}

/// Why a build produced no binaries.
pub struct BuildFailure {
    pub timed_out: bool,
    /// The first compiler error, or the tail of cargo's output.
    pub message: String,
    /// Every compiler error, with the files it points at.
    pub errors: Vec<CompileError>,
}

/// One error (or warning) rustc reported.
pub struct CompileError {
    /// The files of its primary spans, as rustc names them.
    pub files: Vec<String>,
    /// Every file it or its notes point into.
    pub mentions: BTreeSet<String>,
    /// The lint that raised it (`unused_imports`, `clippy::...`), if any.
    pub lint: Option<String>,
    /// The error as rustc prints it.
    pub rendered: String,
}

/// Builds the test binaries of `package` (or of the manifest at `manifest`),
/// only the test targets named in `tests`, or all when `tests` is empty.
pub fn build_tests(
    root: &Path,
    target: BuildTarget<'_>,
    tests: &[&str],
    limit: Duration,
) -> Result<Build, BuildFailure> {
    let mut command = cargo(root);
    command.args(["test", "--no-run", "--message-format=json"]);
    match target {
        BuildTarget::Package(package) => command.args(["--package", package]),
        BuildTarget::Manifest(manifest) => command.arg("--manifest-path").arg(manifest),
    };
    for test in tests {
        command.args(["--test", test]);
    }
    let output = run(command, limit).map_err(|e| BuildFailure {
        timed_out: false,
        message: format!("could not run cargo: {e}"),
        errors: Vec::new(),
    })?;
    if output.timed_out {
        return Err(BuildFailure {
            timed_out: true,
            message: output.stopped("the build", limit),
            errors: Vec::new(),
        });
    }
    let messages = json_messages(&output.stdout);
    if !output.success {
        let errors = compile_errors(&messages);
        let message = first_compile_error(&errors, &output.stderr);
        return Err(BuildFailure {
            timed_out: false,
            message,
            errors,
        });
    }
    let mut binaries = BTreeMap::new();
    for message in &messages {
        if let (true, Some(name), Some(exe)) = (
            message["profile"]["test"] == true,
            message["target"]["name"].as_str(),
            message["executable"].as_str(),
        ) {
            binaries.insert(name.to_owned(), PathBuf::from(exe));
        }
    }
    Ok(Build { binaries })
}

/// Cargo's JSON messages (`--message-format=json`), one a line of its output.
fn json_messages(stdout: &str) -> Vec<serde_json::Value> {
    stdout
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect()
}

/// The first error rustc reported, or cargo's own when rustc reported none.
fn first_compile_error(errors: &[CompileError], stderr: &str) -> String {
    errors
        .first()
        .map_or_else(|| first_error(stderr), |e| e.rendered.trim_end().to_owned())
}

/// The errors among cargo's JSON messages, each with its primary files.
fn compile_errors(messages: &[serde_json::Value]) -> Vec<CompileError> {
    diagnostics(messages, "error")
}

/// The diagnostics of one `level` ("error", "warning") among cargo's JSON
/// messages.
fn diagnostics(messages: &[serde_json::Value], level: &str) -> Vec<CompileError> {
    messages
        .iter()
        .filter(|m| m["reason"] == "compiler-message" && m["message"]["level"] == level)
        .map(|m| CompileError {
            files: m["message"]["spans"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|span| span["is_primary"] == true)
                .filter_map(|span| span["file_name"].as_str().map(str::to_owned))
                .collect(),
            mentions: span_files(&m["message"]),
            lint: m["message"]["code"]["code"].as_str().map(str::to_owned),
            rendered: m["message"]["rendered"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        })
        .collect()
}

/// Runs clippy on the package at `manifest`; its warnings, or why it could
/// not say.
pub fn clippy_warnings(
    root: &Path,
    manifest: &Path,
    limit: Duration,
) -> Result<Vec<CompileError>, String> {
    let mut command = cargo(root);
    command
        .args(["clippy", "--message-format=json", "--manifest-path"])
        .arg(manifest);
    let output = run(command, limit).map_err(|e| format!("could not run cargo clippy: {e}"))?;
    if output.timed_out {
        return Err(output.stopped("clippy", limit));
    }
    let messages = json_messages(&output.stdout);
    if !output.success {
        return Err(first_compile_error(
            &compile_errors(&messages),
            &output.stderr,
        ));
    }
    Ok(diagnostics(&messages, "warning"))
}

#[derive(Clone, Copy)]
pub enum BuildTarget<'a> {
    Package(&'a str),
    Manifest(&'a Path),
}

/// Every file a diagnostic or its notes point into.
fn span_files(diagnostic: &serde_json::Value) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for span in diagnostic["spans"].as_array().into_iter().flatten() {
        if let Some(file) = span["file_name"].as_str() {
            files.insert(file.to_owned());
        }
    }
    for child in diagnostic["children"].as_array().into_iter().flatten() {
        files.extend(span_files(child));
    }
    files
}

/// The first `error` block of rustc's rendered output, or cargo's last lines.
pub fn first_error(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    if let Some(start) = lines.iter().position(|l| l.starts_with("error")) {
        let block: Vec<&str> = lines[start..]
            .iter()
            .enumerate()
            .take_while(|(i, l)| *i == 0 || !(l.starts_with("error") || l.starts_with("warning")))
            .map(|(_, l)| *l)
            .collect();
        return block.join("\n").trim_end().to_owned();
    }
    let tail = lines.len().saturating_sub(15);
    lines[tail..].join("\n")
}

/// The outcome of one test in one run of a test binary.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
    Passed,
    Failed,
}

/// One run of a test binary.
pub struct TestRun {
    pub outcomes: BTreeMap<String, Outcome>,
    pub timed_out: bool,
    /// When it timed out: the tests that had not finished.
    pub unfinished: Vec<String>,
    /// A process that escaped the binary's tree still held its output.
    pub held_open: bool,
    pub output: String,
}

impl TestRun {
    pub fn passed(&self) -> usize {
        self.outcomes
            .values()
            .filter(|o| **o == Outcome::Passed)
            .count()
    }
    pub fn failed(&self) -> Vec<&str> {
        self.outcomes
            .iter()
            .filter(|(_, o)| **o == Outcome::Failed)
            .map(|(n, _)| n.as_str())
            .collect()
    }
    pub fn all_passed(&self) -> bool {
        !self.timed_out && !self.outcomes.is_empty() && self.failed().is_empty()
    }

    /// What became of a run stopped at `limit`, after "the tests": "were
    /// stopped after 60 s, with every process they started; still running:
    /// a, b".
    pub fn stopped(&self, limit: Duration) -> String {
        let mut said = format!(
            "were stopped after {} s, with every process they started",
            limit.as_secs()
        );
        if !self.unfinished.is_empty() {
            said.push_str(&format!("; still running: {}", self.unfinished.join(", ")));
        }
        said
    }
}

/// Runs every test in `binary`, with backtraces off so failures stay short.
pub fn run_tests(binary: &Path, limit: Duration) -> TestRun {
    run_tests_with(binary, limit, &[], &[])
}

/// `run_tests`, with extra arguments and environment variables for the
/// test binary.
pub fn run_tests_with(
    binary: &Path,
    limit: Duration,
    args: &[&str],
    env: &[(&str, &str)],
) -> TestRun {
    let mut command = Command::new(binary);
    command
        .args(args)
        .env("RUST_BACKTRACE", "0")
        // The tests point a student who runs them by hand to `cargo xtask`.
        .env("TASKLINGS_RUNNER", "1")
        .envs(env.iter().copied());
    if plain_lanes() {
        command.env(ASCII_VARIABLE, "1");
    }
    run_test_command(command, limit)
}

/// Runs a test binary's `command` as it is, with no variable added.
pub fn run_test_command(command: Command, limit: Duration) -> TestRun {
    let binary = PathBuf::from(command.get_program());
    let args: Vec<String> = command
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match run(command, limit) {
        Ok(output) => {
            let outcomes = parse_outcomes(&output.stdout);
            let unfinished = if output.timed_out {
                unfinished(&binary, &args, &outcomes)
            } else {
                Vec::new()
            };
            TestRun {
                outcomes,
                timed_out: output.timed_out,
                unfinished,
                held_open: output.held_open,
                output: output.stdout,
            }
        }
        Err(e) => TestRun {
            outcomes: BTreeMap::new(),
            timed_out: false,
            unfinished: Vec::new(),
            held_open: false,
            output: format!("could not run {}: {e}", binary.display()),
        },
    }
}

/// The tests `binary` would run with `args` that have no outcome yet: what
/// a run that was stopped had been waiting for.
fn unfinished(binary: &Path, args: &[String], outcomes: &BTreeMap<String, Outcome>) -> Vec<String> {
    let mut command = Command::new(binary);
    command.args(args).args(["--list", "--format", "terse"]);
    let Ok(listing) = run(command, TEST_LIMIT) else {
        return Vec::new();
    };
    listing
        .stdout
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .filter(|name| !outcomes.contains_key(*name))
        .map(str::to_owned)
        .collect()
}

/// Reads libtest's `test <name> ... ok` / `... FAILED` lines.
pub fn parse_outcomes(stdout: &str) -> BTreeMap<String, Outcome> {
    stdout
        .lines()
        .filter_map(|line| {
            let rest = line.strip_prefix("test ")?;
            let (name, result) = rest.rsplit_once(" ... ")?;
            let outcome = match result.trim() {
                "ok" => Outcome::Passed,
                "FAILED" => Outcome::Failed,
                _ => return None,
            };
            Some((name.to_owned(), outcome))
        })
        .collect()
}

#[cfg(test)]
mod tests;
