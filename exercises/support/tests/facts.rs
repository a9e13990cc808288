//! The facts the course teaches about tokio, each pinned by a small test.
//!
//! Every behavioural claim in the stubs, hints, test messages and README
//! rests on one of these. Each test names the text it backs ("Backs:"). If a
//! tokio upgrade changes one of these behaviours, this file fails in
//! `cargo xtask check`, and the text it names must change with it.
//!
//! Unless a test says otherwise, it runs on a current-thread runtime with the
//! clock paused, the runtime every exercise's tests use.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};
use tokio::task::{self, JoinSet};
use tokio::time::{self, Instant, sleep};

fn paused() -> Runtime {
    Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .expect("a paused runtime")
}

/// A log that tasks write to, read back in the order written.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<String>>>);

impl Log {
    fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }
    fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

// ------------------------------------------------------------ when tasks run

/// Backs: timing1 and README's exercise table ("on a current-thread
/// runtime, a spawned task starts only when the spawner waits at an
/// `.await`"), spawning1's stub and spawning3's ("runs it when a runtime
/// thread is free").
#[test]
fn a_spawned_task_has_not_started_when_spawn_returns_and_runs_at_the_spawners_await() {
    paused().block_on(async {
        let log = Log::default();
        let task_log = log.clone();
        let handle = tokio::spawn(async move { task_log.push("task") });
        log.push("main: spawned");
        handle.await.unwrap();
        assert_eq!(log.lines(), ["main: spawned", "task"]);
    });
}

/// Backs: the support crate's `Event::new_tasks_alive`, with which spawning1
/// and naming1 tell a line logged after both spawns from one logged before
/// them ("a spawned task counts as alive from `spawn` on, started or not,
/// until it finishes").
#[test]
fn a_spawned_task_counts_as_alive_from_spawn_until_it_finishes() {
    paused().block_on(async {
        let metrics = tokio::runtime::Handle::current().metrics();
        assert_eq!(metrics.num_alive_tasks(), 0);
        let handle = tokio::spawn(sleep(Duration::from_secs(1)));
        assert_eq!(metrics.num_alive_tasks(), 1, "not started yet, and alive");
        handle.await.unwrap();
        assert_eq!(metrics.num_alive_tasks(), 0, "finished");
    });
}

/// Backs: timing3 and blocking2 ("on a current-thread runtime, a task already
/// in the run queue runs before the yielder continues").
#[test]
fn yield_now_lets_a_task_already_queued_run_before_the_yielder_continues() {
    paused().block_on(async {
        let log = Log::default();
        let task_log = log.clone();
        let handle = tokio::spawn(async move { task_log.push("task") });
        task::yield_now().await;
        log.push("main: after yield");
        assert_eq!(log.lines(), ["task", "main: after yield"]);
        handle.await.unwrap();
    });
}

/// Backs: blocking2's hint, timing3 and timing4 ("tokio promises no order
/// after a yield"): two tasks that log and yield do not simply alternate.
/// Yielded tasks are woken from a deferred list, most recent first.
#[test]
fn tasks_that_yield_do_not_take_strict_turns() {
    paused().block_on(async {
        let log = Log::default();
        let mut set = JoinSet::new();
        for name in ["A", "B"] {
            let log = log.clone();
            set.spawn(async move {
                for _ in 0..3 {
                    log.push(name);
                    task::yield_now().await;
                }
            });
        }
        set.join_all().await;
        assert_eq!(log.lines(), ["A", "B", "B", "A", "A", "B"]);
    });
}

/// Backs: the tokio facts on spawn order: tasks spawned one after another
/// start in spawn order on a current-thread runtime.
#[test]
fn tasks_spawned_in_turn_start_in_spawn_order() {
    paused().block_on(async {
        let log = Log::default();
        let mut handles = Vec::new();
        for name in ["first", "second", "third"] {
            let log = log.clone();
            handles.push(tokio::spawn(async move { log.push(name) }));
        }
        for handle in handles {
            handle.await.unwrap();
        }
        assert_eq!(log.lines(), ["first", "second", "third"]);
    });
}

/// Backs: timing2 ("futures are lazy"): a future that is never polled never
/// runs, and tokio-test's `spawn` polls by hand.
#[test]
fn a_future_does_nothing_until_it_is_polled() {
    let log = Log::default();
    let future_log = log.clone();
    let mut future = tokio_test::task::spawn(async move {
        future_log.push("ran");
        std::future::pending::<()>().await;
    });
    assert!(
        log.lines().is_empty(),
        "created but not polled: nothing ran"
    );
    tokio_test::assert_pending!(future.poll());
    assert_eq!(log.lines(), ["ran"]);
}

/// Backs: timing4, blocking1 (on a current-thread runtime a task that never
/// awaits holds the only thread) and the README's note that on the
/// multi-thread runtime `#[tokio::main]` builds, it ties up one worker while
/// the others go on.
#[test]
fn a_busy_task_ties_up_one_worker_of_a_multi_thread_runtime_not_all() {
    // Not paused: the paused clock exists only on a current-thread runtime.
    let runtime = Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .unwrap();
    let released = runtime.block_on(async {
        let released = Arc::new(AtomicBool::new(false));
        let spinning = tokio::spawn({
            let released = released.clone();
            async move {
                // CPU-bound: no .await until the other task has run (or,
                // so that this test cannot hang, 5 s have passed).
                let give_up = std::time::Instant::now() + Duration::from_secs(5);
                while !released.load(Ordering::Acquire) && std::time::Instant::now() < give_up {
                    std::hint::spin_loop();
                }
                released.load(Ordering::Acquire)
            }
        });
        tokio::spawn(async move { released.store(true, Ordering::Release) });
        spinning.await.unwrap()
    });
    assert!(
        released,
        "the other worker ran the second task while the first spun"
    );
}

// ------------------------------------------------------------ the paused clock

/// Backs: spawning1 and the README ("2 s as tasks"): with the clock paused,
/// time jumps to the next timer, so overlapping sleeps end at exact times.
#[test]
fn the_paused_clock_jumps_to_the_next_timer_and_times_are_exact() {
    paused().block_on(async {
        let start = Instant::now();
        let long = tokio::spawn(sleep(Duration::from_secs(2)));
        let short = tokio::spawn(sleep(Duration::from_secs(1)));
        short.await.unwrap();
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        long.await.unwrap();
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    });
}

/// Backs: spawning4 and handles3 (a monitor with `interval`): the first tick
/// is at once, then one every period.
#[test]
fn an_interval_ticks_at_once_then_every_period() {
    paused().block_on(async {
        let start = Instant::now();
        let mut interval = time::interval(Duration::from_millis(500));
        let mut ticks = Vec::new();
        for _ in 0..3 {
            interval.tick().await;
            ticks.push(start.elapsed());
        }
        assert_eq!(
            ticks,
            [0, 500, 1000].map(Duration::from_millis),
            "ticks at 0, 500 and 1000 ms"
        );
    });
}

/// Backs: timing5 ("`std::time::Instant` is the monotonic clock, which the
/// paused clock does not move; use `tokio::time::Instant`").
#[test]
fn the_paused_clock_moves_tokio_instants_not_std_instants() {
    paused().block_on(async {
        let tokio_start = Instant::now();
        let std_start = std::time::Instant::now();
        sleep(Duration::from_secs(3600)).await;
        assert_eq!(tokio_start.elapsed(), Duration::from_secs(3600));
        assert!(std_start.elapsed() < Duration::from_secs(60));
    });
}

/// Backs: tokio-facts and blocking1: while a `spawn_blocking` job runs, the
/// paused clock does not jump ahead.
#[test]
fn the_paused_clock_waits_while_a_blocking_job_runs() {
    paused().block_on(async {
        let start = Instant::now();
        let job = task::spawn_blocking(|| std::thread::sleep(Duration::from_millis(50)));
        let timer = tokio::spawn(sleep(Duration::from_secs(10)));
        job.await.unwrap();
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the 10 s timer did not fire while the job ran"
        );
        assert!(!timer.is_finished());
        timer.abort();
    });
}

/// Backs: timing3's and blocking2's messages about `sleep(Duration::ZERO)`,
/// the literal translation of Python's `asyncio.sleep(0)`. On the paused
/// clock a sleep whose deadline has come is ready at its first poll: it does
/// not give way to a queued task. `yield_now` does, on any clock.
#[test]
fn on_the_paused_clock_sleep_zero_does_not_give_way_to_a_queued_task() {
    let order = paused().block_on(order_around(async { sleep(Duration::ZERO).await }));
    assert_eq!(order, ["main: after the wait", "task"]);
}

/// Backs: the same messages: on the real clock, `sleep(Duration::ZERO)`
/// waits for the timer to fire, and a queued task runs meanwhile; so what it
/// does depends on the clock, and `yield_now` is the way to give way.
#[test]
fn on_the_real_clock_sleep_zero_gives_way_but_yield_now_is_the_way_to_say_it() {
    let real_clock = || Builder::new_current_thread().enable_time().build().unwrap();
    let order = real_clock().block_on(order_around(async { sleep(Duration::ZERO).await }));
    assert_eq!(order, ["task", "main: after the wait"]);
    for runtime in [paused(), real_clock()] {
        let order = runtime.block_on(order_around(task::yield_now()));
        assert_eq!(order, ["task", "main: after the wait"]);
    }
}

/// Spawns a task that logs, awaits `wait`, logs: in which order did they run?
async fn order_around(wait: impl std::future::Future<Output = ()>) -> Vec<String> {
    let log = Log::default();
    let task_log = log.clone();
    let handle = tokio::spawn(async move { task_log.push("task") });
    wait.await;
    log.push("main: after the wait");
    handle.await.unwrap();
    log.lines()
}

// ------------------------------------------------------------ handles and sets

/// Backs: handles2's hint and lesson: `JoinSet::len()` counts every task not
/// yet taken out with `join_next`, finished or not.
#[test]
fn join_set_len_counts_finished_tasks_not_yet_taken_out() {
    paused().block_on(async {
        let mut set = JoinSet::new();
        for _ in 0..3 {
            set.spawn(sleep(Duration::from_secs(1)));
        }
        set.join_next().await.unwrap().unwrap();
        assert_eq!(set.len(), 2, "the other two have finished too, but count");
    });
}

/// Backs: handles1 ("a dropped JoinHandle detaches the task: it keeps running").
#[test]
fn dropping_a_join_handle_detaches_the_task_which_keeps_running() {
    paused().block_on(async {
        let done = Arc::new(AtomicBool::new(false));
        let handle = tokio::spawn({
            let done = done.clone();
            async move {
                sleep(Duration::from_secs(1)).await;
                done.store(true, Ordering::Release);
            }
        });
        drop(handle);
        sleep(Duration::from_secs(2)).await;
        assert!(done.load(Ordering::Acquire));
    });
}

/// Backs: handles1 and handles4 ("at shutdown, tokio drops every unfinished
/// task: its destructors run, the rest of its code never does").
#[test]
fn runtime_shutdown_drops_unfinished_tasks_without_running_them_on() {
    let log = Log::default();
    let runtime = paused();
    runtime.block_on(async {
        let log = log.clone();
        tokio::spawn(async move {
            let _on_drop = OnDrop(log.clone(), "dropped");
            log.push("started");
            sleep(Duration::from_secs(1)).await;
            log.push("finished");
        });
        task::yield_now().await;
    });
    drop(runtime);
    assert_eq!(log.lines(), ["started", "dropped"]);
}

/// Backs: handles1's note that shutdown waits for `spawn_blocking` jobs: a
/// blocking job is not dropped, it runs to its end, even one queued when the
/// runtime went away.
#[test]
fn runtime_shutdown_waits_for_blocking_jobs_even_queued_ones() {
    let log = Log::default();
    let runtime = Builder::new_current_thread()
        .max_blocking_threads(1)
        .build()
        .unwrap();
    runtime.block_on(async {
        for name in ["first job", "second job"] {
            let log = log.clone();
            task::spawn_blocking(move || {
                std::thread::sleep(Duration::from_millis(20));
                log.push(name);
            });
        }
    });
    drop(runtime);
    assert_eq!(log.lines(), ["first job", "second job"]);
}

// ------------------------------------------------------------ cancellation

/// Backs: cancel1 and cancel3 ("a task waiting at an `.await` is dropped
/// right there, without running again"): abort, then the handle says so.
#[test]
fn abort_drops_a_waiting_task_where_it_waits() {
    paused().block_on(async {
        let log = Log::default();
        let handle = tokio::spawn({
            let log = log.clone();
            async move {
                let _on_drop = OnDrop(log.clone(), "dropped at its await");
                sleep(Duration::from_secs(10)).await;
                log.push("ran on");
            }
        });
        task::yield_now().await;
        handle.abort();
        let error = handle.await.unwrap_err();
        assert!(error.is_cancelled());
        assert_eq!(log.lines(), ["dropped at its await"]);
    });
}

/// Backs: cancel1 ("a task aborted before it started never runs").
#[test]
fn a_task_aborted_before_it_starts_never_runs() {
    paused().block_on(async {
        let ran = Arc::new(AtomicBool::new(false));
        let handle = tokio::spawn({
            let ran = ran.clone();
            async move { ran.store(true, Ordering::Release) }
        });
        handle.abort();
        assert!(handle.await.unwrap_err().is_cancelled());
        assert!(!ran.load(Ordering::Acquire));
    });
}

/// Backs: cancel1 and blocking1 ("abort does not stop a `spawn_blocking`
/// job that has started: it runs to its end").
#[test]
fn abort_does_not_stop_a_started_blocking_job() {
    paused().block_on(async {
        let (started_tx, started_rx) = tokio::sync::oneshot::channel();
        let handle = task::spawn_blocking(move || {
            started_tx.send(()).unwrap();
            std::thread::sleep(Duration::from_millis(20));
            "finished"
        });
        started_rx.await.unwrap();
        handle.abort();
        assert_eq!(handle.await.unwrap(), "finished");
    });
}

/// Backs: capstone1's hint ("after `abort_all`, a task that had already
/// finished still gives its answer").
#[test]
fn abort_after_a_task_finished_leaves_its_answer() {
    paused().block_on(async {
        let mut set = JoinSet::new();
        set.spawn(async { "answered" });
        set.spawn(async {
            sleep(Duration::from_secs(5)).await;
            "late"
        });
        sleep(Duration::from_secs(1)).await;
        set.abort_all();
        let mut answers = Vec::new();
        let mut cancelled = 0;
        while let Some(result) = set.join_next().await {
            match result {
                Ok(answer) => answers.push(answer),
                Err(error) if error.is_cancelled() => cancelled += 1,
                Err(error) => panic!("{error}"),
            }
        }
        assert_eq!((answers, cancelled), (vec!["answered"], 1));
    });
}

/// Backs: cancel2 ("a `timeout` on a handle gives up waiting; the task goes
/// on"), and tokio-facts: `timeout` ends at exactly its limit.
#[test]
fn a_timeout_on_a_handle_only_stops_the_waiting_not_the_task() {
    paused().block_on(async {
        let start = Instant::now();
        let done = Arc::new(AtomicBool::new(false));
        let mut handle = tokio::spawn({
            let done = done.clone();
            async move {
                sleep(Duration::from_secs(3)).await;
                done.store(true, Ordering::Release);
            }
        });
        let waited = time::timeout(Duration::from_secs(1), &mut handle).await;
        assert!(waited.is_err());
        assert_eq!(start.elapsed(), Duration::from_secs(1));
        handle.await.unwrap();
        assert!(done.load(Ordering::Acquire), "the task ran to its end");
    });
}

/// Backs: cancel4 ("`select!` picks at random among branches ready at once,
/// unless it says `biased;`"). Two branches that are always ready.
#[test]
fn select_picks_at_random_among_ready_branches_unless_biased() {
    paused().block_on(async {
        let mut firsts = 0;
        for _ in 0..200 {
            tokio::select! {
                _ = std::future::ready(()) => firsts += 1,
                _ = std::future::ready(()) => {}
            }
        }
        assert!(
            (1..200).contains(&firsts),
            "both branches were taken: {firsts} of 200"
        );
        for _ in 0..200 {
            let first = tokio::select! {
                biased;
                _ = std::future::ready(()) => true,
                _ = std::future::ready(()) => false,
            };
            assert!(first, "biased: the first ready branch, always");
        }
    });
}

/// Backs: cancel3 ("`let _ = guard;` neither moves nor drops an existing
/// variable; `let _ = Lease { .. };` drops the new value at once").
#[test]
fn let_underscore_drops_a_new_value_at_once_but_not_an_existing_variable() {
    let log = Log::default();
    let guard = OnDrop(log.clone(), "guard dropped");
    let _ = guard;
    log.push("after let _ = guard;");
    let _ = OnDrop(log.clone(), "new value dropped");
    log.push("after let _ = new value;");
    drop(guard);
    assert_eq!(
        log.lines(),
        [
            "after let _ = guard;",
            "new value dropped",
            "after let _ = new value;",
            "guard dropped",
        ]
    );
}

/// Backs: blocking4's message on permits ("`let _ = permit;` in the closure,
/// which moves nothing in"): `_` binds nothing, so since edition 2021 a
/// `move` closure that only says `let _ = x;` does not capture `x`.
#[test]
fn let_underscore_in_a_move_closure_does_not_capture_the_value() {
    struct Permit(Arc<AtomicBool>);
    impl Drop for Permit {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }
    let given_back = Arc::new(AtomicBool::new(false));
    let permit = Permit(given_back.clone());

    let job = move || {
        let _ = permit;
    };
    // Still ours: the closure did not take it.
    drop(permit);

    assert!(
        given_back.load(Ordering::SeqCst),
        "dropped before the job ran"
    );
    job();
}

// ------------------------------------------------------------ errors and panics

/// Backs: errors1 and errors2 ("a panic in a task comes out of its handle as
/// a `JoinError`, with the payload: `&str` for a literal, `String` for a
/// formatted message", with the default `panic = "unwind"`).
#[test]
fn a_panic_comes_out_of_the_handle_with_its_payload() {
    paused().block_on(async {
        let literal = tokio::spawn(async { panic!("out of stock") });
        let payload = literal.await.unwrap_err().into_panic();
        assert_eq!(payload.downcast_ref::<&str>(), Some(&"out of stock"));

        // A runtime value: rustc folds constant arguments into the literal.
        let short = std::hint::black_box(3);
        let formatted = tokio::spawn(async move { panic!("{short} units short") });
        let payload = formatted.await.unwrap_err().into_panic();
        assert_eq!(
            payload.downcast_ref::<String>().map(String::as_str),
            Some("3 units short")
        );
    });
}

/// Backs: naming4 and errors2 (what a `JoinError` prints): it names the task
/// by id, and a panic's message only when the payload is text.
#[test]
fn a_join_error_displays_the_task_id_and_what_happened() {
    paused().block_on(async {
        let crashed = tokio::spawn(async { panic!("tax service down") });
        let id = crashed.id();
        let error = crashed.await.unwrap_err();
        assert_eq!(error.id(), id);
        assert_eq!(
            error.to_string(),
            format!("task {id} panicked with message \"tax service down\"")
        );

        let aborted = tokio::spawn(sleep(Duration::from_secs(1)));
        let id = aborted.id();
        aborted.abort();
        assert_eq!(
            aborted.await.unwrap_err().to_string(),
            format!("task {id} was cancelled")
        );
    });
}

// ------------------------------------------------------------ names

tokio::task_local! {
    static NAME: &'static str;
}

/// Backs: naming2 ("a task-local is set only inside `scope`, and a task
/// spawned there does not inherit it").
#[test]
fn a_task_local_is_not_inherited_by_a_task_spawned_in_its_scope() {
    paused().block_on(async {
        let (inside, spawned) = NAME
            .scope("inventory", async {
                let inside = NAME.try_with(|n| *n).ok();
                let spawned = tokio::spawn(async { NAME.try_with(|n| *n).ok() })
                    .await
                    .unwrap();
                (inside, spawned)
            })
            .await;
        assert_eq!(inside, Some("inventory"));
        assert_eq!(spawned, None);
        assert!(NAME.try_with(|_| ()).is_err(), "and not outside the scope");
    });
}

/// Backs: naming2's hint ("the task-local is set around every poll of the
/// future, and while it is dropped").
#[test]
fn a_task_local_is_set_while_its_future_is_dropped() {
    let seen = Arc::new(Mutex::new(None));
    struct ReadsName(Arc<Mutex<Option<&'static str>>>);
    impl Drop for ReadsName {
        fn drop(&mut self) {
            *self.0.lock().unwrap() = NAME.try_with(|n| *n).ok();
        }
    }
    let runtime = paused();
    runtime.block_on(async {
        let reader = ReadsName(seen.clone());
        let handle = tokio::spawn(NAME.scope("shipping", async move {
            let _reader = reader;
            std::future::pending::<()>().await;
        }));
        task::yield_now().await;
        handle.abort();
        let _ = handle.await;
    });
    assert_eq!(*seen.lock().unwrap(), Some("shipping"));
}

// ------------------------------------------------------------ tokio's own panics

/// Backs: the support crate's explanations of tokio's panics
/// (`tokio_panics.rs`), blocking3: `block_in_place` panics on a
/// current-thread runtime, with this message.
#[test]
fn block_in_place_panics_on_a_current_thread_runtime() {
    let message = panic_message(|| {
        paused().block_on(async { task::block_in_place(|| ()) });
    });
    assert!(
        message.contains("can call blocking only when running on the multi-threaded runtime"),
        "{message}"
    );
}

/// Backs: the support crate's explanation of "JoinHandle polled after
/// completion" (`tokio_panics.rs`).
#[test]
fn awaiting_a_finished_handle_again_panics_with_this_message() {
    let message = panic_message(|| {
        paused().block_on(async {
            let mut handle = tokio::spawn(async {});
            (&mut handle).await.unwrap();
            let _ = (&mut handle).await;
        });
    });
    assert!(
        message.contains("JoinHandle polled after completion"),
        "{message}"
    );
}

/// Backs: `tokio_panics.rs` and naming2: reading a task-local outside its
/// scope with `with` panics with this message.
#[test]
fn reading_a_task_local_outside_its_scope_panics_with_this_message() {
    let message = panic_message(|| NAME.with(|_| ()));
    assert!(
        message.contains("cannot access a task-local storage value without setting it first"),
        "{message}"
    );
}

/// Backs: `tokio_panics.rs` and blocking1: `tokio::spawn` from a plain thread
/// panics with this message.
#[test]
fn spawning_from_a_thread_without_a_runtime_panics_with_this_message() {
    let message = panic_message(|| {
        tokio::spawn(async {});
    });
    assert!(
        message.contains("must be called from the context of a Tokio 1.x runtime"),
        "{message}"
    );
}

/// Backs: `tokio_panics.rs` and naming3: `tokio::task::id()` outside a task
/// panics with this message.
#[test]
fn asking_for_the_task_id_outside_a_task_panics_with_this_message() {
    let message = panic_message(|| {
        paused().block_on(async {
            task::id();
        });
    });
    assert!(
        message.contains("Can't get a task id when not inside a task"),
        "{message}"
    );
}

/// Backs: the support crate's `impatient` and `crowd_at` docs ("a yield from
/// the top-level future lets up to 61 queued tasks run before it is polled
/// again"), and cancel1, cancel2, cancel4 ("enough only on an idle
/// current-thread runtime").
#[test]
fn a_yield_from_the_top_level_future_lets_at_most_61_queued_tasks_run_first() {
    paused().block_on(async {
        let ran = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        for _ in 0..100 {
            let ran = ran.clone();
            tokio::spawn(async move { ran.fetch_add(1, Ordering::Relaxed) });
        }
        task::yield_now().await;
        assert_eq!(ran.load(Ordering::Relaxed), 61);
    });
}

/// Backs: blocking2's message ("consume_budget() yields only once the
/// task's budget (128) is spent").
#[test]
fn consume_budget_gives_way_only_once_the_budget_of_128_is_spent() {
    paused().block_on(async {
        let other_ran = Arc::new(AtomicBool::new(false));
        let flag = other_ran.clone();
        let other = tokio::spawn(async move { flag.store(true, Ordering::Release) });
        let mut first_seen = None;
        for call in 1..=300 {
            task::consume_budget().await;
            if first_seen.is_none() && other_ran.load(Ordering::Acquire) {
                first_seen = Some(call);
            }
        }
        other.await.unwrap();
        // The first 128 calls spend the budget without giving way; the next
        // one finds it spent and lets the other task run.
        assert_eq!(first_seen, Some(129));
    });
}

/// Backs: README's coverage row ("`JoinSet::join_all`, in completion order").
#[test]
fn join_set_join_all_gives_the_answers_in_completion_order() {
    paused().block_on(async {
        let mut set = JoinSet::new();
        for (answer, after) in [("slow", 3), ("fast", 1), ("middle", 2)] {
            set.spawn(async move {
                sleep(Duration::from_secs(after)).await;
                answer
            });
        }
        assert_eq!(set.join_all().await, ["fast", "middle", "slow"]);
    });
}

/// Backs: `tokio_panics.rs` ("call it from async code, or a `spawn_blocking`
/// job, which runs inside the runtime").
#[test]
fn a_blocking_job_may_spawn_a_task() {
    paused().block_on(async {
        let spawned = task::spawn_blocking(|| tokio::spawn(async { 7 }))
            .await
            .unwrap();
        assert_eq!(spawned.await.unwrap(), 7);
    });
}

/// Backs: `tokio_panics.rs` ("block_on inside async code", not building a
/// runtime there): the nested `block_on` panics with this message.
#[test]
fn block_on_inside_a_runtime_panics_with_this_message() {
    let message = panic_message(|| {
        paused().block_on(async {
            let inner = Builder::new_current_thread().build().unwrap();
            inner.block_on(async {});
        });
    });
    assert!(
        message.contains("Cannot start a runtime from within a runtime"),
        "{message}"
    );
}

// ------------------------------------------------------------ helpers

/// Pushes its line to the log when dropped.
struct OnDrop(Log, &'static str);

impl Drop for OnDrop {
    fn drop(&mut self) {
        self.0.push(self.1);
    }
}

/// The text of the panic `f` raises.
fn panic_message(f: impl FnOnce()) -> String {
    let payload = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .expect_err("it should have panicked");
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_default()
}
