//! The hang guard: runs a test on tokio's paused clock, on a worker thread,
//! and fails the test if it has not finished within a few seconds of real time.

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Mutex, PoisonError};
use std::thread;
use std::time::Duration;

/// Real (wall-clock) time a test may take before it counts as hung. Correct
/// answers finish in milliseconds, however many virtual seconds they span.
pub const HANG_LIMIT: Duration = Duration::from_secs(5);

/// Sets another limit, in milliseconds. `cargo xtask check` shortens it for
/// the catalogued wrong answers, which are expected to fail, some by hanging.
pub const HANG_LIMIT_VARIABLE: &str = "TASKLINGS_HANG_LIMIT_MS";

/// The limit in force: [`HANG_LIMIT`], or [`HANG_LIMIT_VARIABLE`]'s.
pub(crate) fn hang_limit() -> Duration {
    std::env::var(HANG_LIMIT_VARIABLE)
        .ok()
        .and_then(|ms| ms.parse().ok())
        .map_or(HANG_LIMIT, Duration::from_millis)
}

/// Set once a test of this process has been stopped as hung. Its thread
/// cannot be killed and goes on spinning, and the same answer most likely
/// hangs the next test too: the tests still to come get a short limit, so
/// the student sees the hang in seconds, not in seconds times tests.
static A_TEST_HUNG: AtomicBool = AtomicBool::new(false);

/// The limit after a test of this process hung: still far more than a
/// correct answer needs.
const LIMIT_AFTER_A_HANG: Duration = Duration::from_millis(100);

/// One test at a time in a process. An answer that keeps state in a
/// `static` (one global name, a counter) would otherwise see the state of
/// the tests running beside it, and its verdict would change from run to
/// run. Each test takes milliseconds, so running them in turn costs nothing.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

// After "this test did not finish within <limit>".
const HANG_MESSAGE: &str = " of real time, so it was stopped.

That usually means one of these:
  - a loop that never reaches an .await: it holds the only thread, so no other
    task runs and even the paused clock cannot move;
  - a blocking call on the runtime's thread (std::thread::sleep, a long
    computation): it holds the thread in real time, not in virtual time;
  - a loop that keeps asking (is_finished, try_recv) and only yields between
    asks: the paused clock moves only when every task is waiting, so a task
    that yields again and again keeps time still and its answer never comes;
  - a task waiting for something that never comes: a handle, channel or signal
    that nobody completes, or a wait on a task that was never started.
Look at the loops and the .awaits in your exercise file.";

/// Runs `test` on a current-thread runtime whose clock starts paused, the
/// runtime `#[tokio::test(start_paused = true)]` builds, under the hang guard.
///
/// ```
/// use tasklings::{Timeline, paused, secs};
/// use tasklings::shop::{check_inventory, estimate_shipping};
///
/// // In a test file: `#[test] fn checks_overlap() { paused(async || { .. }); }`
/// paused(async || {
///     let timeline = Timeline::start();
///     tokio::join!(
///         check_inventory("item_9876", &timeline),
///         estimate_shipping("item_9876", &timeline),
///     );
///     timeline
///         .expect(&[
///             (secs(0), "inventory: start"),
///             (secs(0), "shipping: start"),
///             (secs(1), "shipping: end"),
///             (secs(2), "inventory: end"),
///         ])
///         .check();
/// });
/// ```
#[track_caller]
pub fn paused<F>(test: F)
where
    F: AsyncFnOnce() + Send + 'static,
{
    guarded(move |_| paused_runtime(|builder| builder).block_on(test()));
}

/// [`paused`], on a runtime that goes back to the test's own future after
/// every task it runs, instead of after a batch of them.
///
/// tokio does not promise in which order it polls ready tasks: after a
/// `yield_now`, the caller may run again before, or after, the tasks an
/// `abort` just woke. [`paused`] happens to run those tasks first, so an
/// answer that aborts and yields once, then claims the tasks are gone,
/// passes there. Here the caller comes back after one of them, so only an
/// answer that awaits the tasks (`JoinSet::shutdown`, `join_next`, the
/// handles) sees them all gone. Correct answers pass under both.
#[track_caller]
pub fn impatient_paused<F>(test: F)
where
    F: AsyncFnOnce() + Send + 'static,
{
    guarded(move |_| paused_runtime(|builder| builder.event_interval(1)).block_on(test()));
}

/// A current-thread runtime with the clock paused, with `tune` applied.
fn paused_runtime(
    tune: impl FnOnce(&mut tokio::runtime::Builder) -> &mut tokio::runtime::Builder,
) -> tokio::runtime::Runtime {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    tune(builder.enable_time().start_paused(true))
        .build()
        .expect("building the paused test runtime")
}

/// Runs `test` as a task on a multi-thread runtime with **one** worker
/// thread and the real clock, under the same hang guard as [`paused`].
///
/// Only for what the paused clock cannot do: `tokio::task::block_in_place`
/// panics on a current-thread runtime, and tokio pauses the clock only on
/// one. With a single worker, a task that blocks it stops every other task,
/// as on a server whose workers are all busy; `block_in_place` hands the
/// other tasks to a new worker. Times here are real, so compare the order of
/// events ([`Timeline::expect_order`](crate::Timeline::expect_order)), never
/// their times, and force that order with channels, not with sleeps.
///
/// Every test that uses it says why, in a comment in its body that starts
/// `// Not paused:` (`cargo xtask check` looks for it).
///
/// ```
/// use tasklings::{Timeline, multi_thread};
///
/// // Not paused: block_in_place needs the multi-thread runtime.
/// multi_thread(async || {
///     let timeline = Timeline::start();
///     tokio::task::block_in_place(|| timeline.log("pricing: in place"));
///     timeline.log("main: done");
///     timeline
///         .expect_order(&["pricing: in place", "main: done"])
///         .check();
/// });
/// ```
#[track_caller]
pub fn multi_thread<F, Fut>(test: F)
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    guarded(move |name| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            // The worker takes the test's name too, so its panics name the test.
            .thread_name(name)
            .enable_time()
            .build()
            .expect("building the multi-thread test runtime");
        // Spawned, so that the test body runs on the worker thread, where
        // block_in_place has a worker to hand over (block_on's thread is none).
        let outcome = runtime.block_on(async move { tokio::spawn(test()).await });
        if let Err(error) = outcome {
            match error.try_into_panic() {
                Ok(panic) => resume_unwind(panic),
                Err(_) => panic!("the test's task was cancelled"),
            }
        }
    });
}

/// Runs `body` on a worker thread named after the test (the name is passed
/// in) and waits at most [`HANG_LIMIT`] (or [`HANG_LIMIT_VARIABLE`]) for it; re-raises its panic.
#[track_caller]
fn guarded(body: impl FnOnce(&str) + Send + 'static) {
    // A test that failed poisons the lock; the next one takes its turn anyway.
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    crate::panics::install_short_hook();
    // The worker takes the test's name so its panic messages name the test.
    let name = thread::current()
        .name()
        .unwrap_or("tasklings test")
        .to_owned();
    let (outcome_tx, outcome_rx) = mpsc::channel();
    thread::Builder::new()
        .name(name.clone())
        .spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(|| body(&name)));
            // The test thread may have given up waiting; nobody to tell then.
            let _ = outcome_tx.send(outcome);
        })
        .expect("starting the test's worker thread");

    let limit = if A_TEST_HUNG.load(Ordering::Relaxed) {
        hang_limit().min(LIMIT_AFTER_A_HANG)
    } else {
        hang_limit()
    };
    match outcome_rx.recv_timeout(limit) {
        Ok(Ok(())) => {}
        // The assertion's own message was already printed by the worker.
        Ok(Err(panic)) => resume_unwind(panic),
        Err(RecvTimeoutError::Timeout) => {
            A_TEST_HUNG.store(true, Ordering::Relaxed);
            panic!(
                "this test did not finish within {}{HANG_MESSAGE}",
                crate::seconds(limit)
            )
        }
        Err(RecvTimeoutError::Disconnected) => panic!("the test's worker thread died"),
    }
}
