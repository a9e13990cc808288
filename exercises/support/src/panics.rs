//! Short panic messages: a failing test prints what went wrong and where,
//! not a page of backtrace through tokio's runtime.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, PanicHookInfo};
use std::sync::Once;

/// Set by `cargo xtask` when it runs the tests, which then need not point
/// to it.
pub const RUNNER_VARIABLE: &str = "TASKLINGS_RUNNER";

/// Set this variable (to anything) to get Rust's usual panic output back.
pub const FULL_PANICS: &str = "TASKLINGS_BACKTRACE";

thread_local! {
    // Set just before a panic that a test stages on purpose (a warehouse
    // that crashes), so that the hook reports it in one quiet line.
    static STAGED: Cell<bool> = const { Cell::new(false) };
}

/// Marks the next panic on this thread as staged by the test (a service
/// that crashes on cue): the short hook prints one quiet line for it, so
/// that it is not mistaken for the failure.
pub fn stage_next_panic() {
    STAGED.with(|staged| staged.set(true));
}

/// Installs the short panic hook once per test process.
pub fn install_short_hook() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        if std::env::var_os(FULL_PANICS).is_some() {
            return;
        }
        panic::set_hook(Box::new(print_short));
    });
}

fn print_short(info: &PanicHookInfo<'_>) {
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("a task");
    // A panic raised by the support crate itself (a failed check) is about
    // the student's code, not about where in the support crate it was raised.
    let place = info
        .location()
        .filter(|l| !l.file().contains("exercises/support/src") && !is_outside_the_course(l.file()))
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let message = message(info);
    if let Some(lesson) = crate::tokio_panics::lesson(&message) {
        eprintln!("\n`{name}` panicked inside tokio: {message}\nWhat it means: {lesson}\n");
        return;
    }
    if STAGED.with(|staged| staged.replace(false)) {
        eprintln!("`{name}`: a task panicked on purpose, as the test planned: {message}");
        return;
    }
    match message.strip_prefix("not yet implemented: ") {
        Some(todo) => eprintln!(
            "\n`{name}` reached a todo!(){place}:\n  {todo}\nThis exercise is not solved yet.{}\n",
            if std::env::var_os(RUNNER_VARIABLE).is_some() {
                ""
            } else {
                "\nOne exercise at a time, in order, rerun on every save: `cargo xtask watch`."
            }
        ),
        None => eprintln!("\n`{name}` panicked{place}:\n{message}\n"),
    }
}

/// A place in a dependency's source or the standard library: no use to a
/// student, whose code is what led there.
fn is_outside_the_course(file: &str) -> bool {
    let file = file.replace('\\', "/");
    file.contains("/.cargo/registry/") || file.starts_with("/rustc/")
}

fn message(info: &PanicHookInfo<'_>) -> String {
    payload_text(info.payload())
        .unwrap_or("(a panic without a message)")
        .to_owned()
}

/// The text a panic carried: the `&'static str` of `panic!("literal")` or
/// the `String` of `panic!("{x}")`; `None` for any other payload.
pub(crate) fn payload_text(payload: &(dyn Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<&'static str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
}

/// Runs `future` as a task of its own: `Ok(output)`, or `Err(text)` with the
/// text of its panic if it panicked, for a test to fail with its own words.
/// A `todo!()` is passed on as it is, so an unsolved exercise says so.
pub async fn catch_panic<T, F>(future: F) -> Result<T, String>
where
    F: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    match tokio::spawn(future).await {
        Ok(output) => Ok(output),
        Err(error) if error.is_panic() => {
            let payload = error.into_panic();
            let text = payload_text(payload.as_ref())
                .unwrap_or_default()
                .to_owned();
            if text.starts_with("not yet implemented") {
                std::panic::resume_unwind(payload);
            }
            Err(text)
        }
        Err(_) => Err("(its task was cancelled)".to_owned()),
    }
}
