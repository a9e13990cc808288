//! Running cargo and test binaries: output captured, wall-clock limited.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

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
}

/// How long the output may go on after the command has ended: only a
/// process it left behind (a grandchild still holding the pipe) writes then,
/// and it must not keep us waiting.
const AFTER_THE_END: Duration = Duration::from_secs(2);

/// Runs `command` to the end, or kills it after `limit`. Never waits on a
/// process the command left running: its output is taken as it stands
/// [`AFTER_THE_END`] after the command ends.
pub fn run(mut command: Command, limit: Duration) -> std::io::Result<Output> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let (success, timed_out) = wait(&mut child, limit)?;
    Ok(Output {
        success,
        timed_out,
        stdout: stdout.finish(),
        stderr: stderr.finish(),
    })
}

/// A pipe being read to its end on a thread of its own.
struct Drain {
    text: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Receiver<()>,
}

impl Drain {
    /// What was read: all of it once the pipe closes, or what had come by
    /// [`AFTER_THE_END`] if something still holds it open.
    fn finish(self) -> String {
        let _ = self.done.recv_timeout(AFTER_THE_END);
        let text = self.text.lock().unwrap_or_else(|e| e.into_inner());
        String::from_utf8_lossy(&text).into_owned()
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

fn wait(child: &mut Child, limit: Duration) -> std::io::Result<(bool, bool)> {
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok((status.success(), false));
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Ok((false, true));
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

/// The test binaries of one build, by test target name.
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

/// One error rustc reported.
pub struct CompileError {
    /// The files of its primary spans, as rustc names them.
    pub files: Vec<String>,
    /// Every file it or its notes point into.
    pub mentions: BTreeSet<String>,
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
            message: format!("the build took over {} s", limit.as_secs()),
            errors: Vec::new(),
        });
    }
    let messages: Vec<serde_json::Value> = output
        .stdout
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    if !output.success {
        let errors = compile_errors(&messages);
        let message = errors.first().map_or_else(
            || first_error(&output.stderr),
            |e| e.rendered.trim_end().to_owned(),
        );
        return Err(BuildFailure {
            timed_out: false,
            message,
            errors,
        });
    }
    let mut binaries = BTreeMap::new();
    for message in &messages {
        let is_test_target = message["target"]["kind"]
            .as_array()
            .is_some_and(|k| k.iter().any(|k| k == "test"));
        if let (true, Some(name), Some(exe)) = (
            is_test_target,
            message["target"]["name"].as_str(),
            message["executable"].as_str(),
        ) {
            binaries.insert(name.to_owned(), PathBuf::from(exe));
        }
    }
    Ok(Build { binaries })
}

/// The errors among cargo's JSON messages, each with its primary files.
fn compile_errors(messages: &[serde_json::Value]) -> Vec<CompileError> {
    messages
        .iter()
        .filter(|m| m["reason"] == "compiler-message" && m["message"]["level"] == "error")
        .map(|m| CompileError {
            files: m["message"]["spans"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|span| span["is_primary"] == true)
                .filter_map(|span| span["file_name"].as_str().map(str::to_owned))
                .collect(),
            mentions: span_files(&m["message"]),
            rendered: m["message"]["rendered"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        })
        .collect()
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
    match run(command, limit) {
        Ok(output) => TestRun {
            outcomes: parse_outcomes(&output.stdout),
            timed_out: output.timed_out,
            output: output.stdout,
        },
        Err(e) => TestRun {
            outcomes: BTreeMap::new(),
            timed_out: false,
            output: format!("could not run {}: {e}", binary.display()),
        },
    }
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
