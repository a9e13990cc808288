//! blocking1: price the order on a blocking thread.
//! Run: `cargo test --test blocking1`
//!
//! The pricing here is a stand-in for CPU-bound work (`tasklings::cpu`):
//! while it computes, it asks a heartbeat task for three beats, one after
//! the other, and waits for each. On a blocking thread each beat comes at
//! once, so the order of the timeline is fixed by those waits. If the
//! pricing holds the thread the heartbeat needs, no beat can come; after
//! 1 s of real time the pricing gives up, says so, and the test fails.
//! No virtual time passes either way: the clock stands still while CPU
//! work runs. The pricing also notes which thread it ran on, so the test
//! tells a pricing run on the runtime's thread (a call, a tokio task) from
//! one run elsewhere while the caller blocked waiting for it.

use std::sync::{Arc, Mutex};
use std::thread;

use cpu_bound::blocking1::price_off_the_runtime;
use tasklings::cpu::{Heartbeat, stalled};
use tasklings::{Timeline, assert_eq, paused, secs};

const HELD_THE_THREAD: &str = "the heartbeat could not beat while the pricing ran: the \
     pricing ran right on the runtime's only thread (called in your async fn), and code \
     without an .await keeps that thread until it is done. Give the work to \
     tokio::task::spawn_blocking and .await its handle: the await frees the thread for the \
     other tasks.";

const A_TASK_IS_NOT_A_THREAD: &str = "the pricing ran in a task of its own, and still the \
     heartbeat could not beat: a task spawned with tokio::spawn runs on the runtime's thread \
     like every other, and code without an .await keeps that thread until it is done. \
     tokio::task::spawn_blocking runs it on a thread of tokio's blocking pool instead.";

const BLOCKED_WAITING_FOR_IT: &str = "the pricing ran on a thread of its own, yet the \
     heartbeat could not beat: your async fn kept the runtime's thread while it waited for \
     the result, without an .await that gives the thread back (a loop on is_finished(), a \
     std thread's join() or a blocking recv() all keep it). Run the work with \
     tokio::task::spawn_blocking and .await its JoinHandle: the .await frees the thread.";

const A_THREAD_TOKIO_CANNOT_SEE: &str = "the pricing ran on a thread of your own \
     (std::thread::spawn). The heartbeat went on, but tokio knows nothing of that thread: it \
     cannot cap how many such threads run, and a test's paused clock runs ahead while it works \
     as if nothing were happening. tokio::task::spawn_blocking runs it on tokio's blocking \
     pool, which the runtime counts and waits for.";

/// Where the pricing ran, as the pricing itself saw it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ran {
    /// On the runtime's own thread: the thread the test (and every task) runs on.
    OnTheRuntimesThread,
    /// On another thread: tokio's blocking pool, or a std thread.
    Elsewhere,
    NotYet,
}

/// `work`, wrapped so that it notes which thread it runs on.
fn noting_where_it_runs(
    work: impl FnOnce() -> u32 + Send + 'static,
) -> (impl FnOnce() -> u32 + Send + 'static, Arc<Mutex<Ran>>) {
    let runtime_thread = thread::current().id();
    let ran = Arc::new(Mutex::new(Ran::NotYet));
    let noted = ran.clone();
    let wrapped = move || {
        *noted.lock().unwrap() = if thread::current().id() == runtime_thread {
            Ran::OnTheRuntimesThread
        } else {
            Ran::Elsewhere
        };
        work()
    };
    (wrapped, ran)
}

#[test]
fn the_heartbeat_goes_on_while_the_order_is_priced() {
    paused(async || {
        let timeline = Timeline::start();
        let heartbeat = Heartbeat::spawn(&timeline);
        let (pricing, ran) = noting_where_it_runs(heartbeat.cpu_work("pricing", 3, 1500));

        let price = price_off_the_runtime(pricing).await;
        timeline.log(format!("main: price {price}"));
        heartbeat.stop().await;

        let ran = *ran.lock().unwrap();
        let on_the_runtime = ran == Ran::OnTheRuntimesThread;
        let off_the_runtime = ran == Ran::Elsewhere;
        timeline
            .expect(&[
                (secs(0), "pricing: start"),
                (secs(0), "heartbeat 1"),
                (secs(0), "heartbeat 2"),
                (secs(0), "heartbeat 3"),
                (secs(0), "pricing: end"),
                (secs(0), "main: price 1500"),
            ])
            .mistake(
                |t| on_the_runtime && stalled(t) && t.logged_in_spawned_task("pricing: start"),
                A_TASK_IS_NOT_A_THREAD,
            )
            .mistake(|t| on_the_runtime && stalled(t), HELD_THE_THREAD)
            .mistake(|t| off_the_runtime && stalled(t), BLOCKED_WAITING_FOR_IT)
            .lesson("run the pricing with tokio::task::spawn_blocking and await its handle.")
            .check();
        let events = timeline.events();
        assert!(
            !events.logged_off_runtime("pricing: start"),
            "{A_THREAD_TOKIO_CANNOT_SEE}\n{events}"
        );
        assert_eq!(
            ran,
            Ran::Elsewhere,
            "the pricing must run on one of tokio's blocking threads, not on the runtime's \
             thread"
        );
    });
}

#[test]
fn the_price_comes_back_and_takes_no_virtual_time() {
    paused(async || {
        let timeline = Timeline::start();

        let price = price_off_the_runtime(|| (1..=4).product::<u32>() * 25).await;

        assert_eq!(price, 600, "return what the pricing computes");
        assert_eq!(
            timeline.elapsed(),
            secs(0),
            "CPU work takes no virtual time: the clock stands still while it runs"
        );
    });
}
