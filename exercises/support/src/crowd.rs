//! A busy runtime: many other tasks ready to run at the very moment the code
//! under test acts, so that a test does not depend on an idle runtime.
//!
//! On an idle current-thread runtime, `abort()` followed by one
//! `yield_now().await` happens to be enough for the aborted task to be
//! dropped before the caller goes on: the aborted task is the only one
//! ready. On a busy runtime (or a multi-thread one) it is not: the caller
//! may run again before the runtime gets to the aborted task. Only awaiting
//! the task's handle waits until it is gone, however busy the runtime is.

use tokio::time::Instant;

/// How many tasks [`crowd_at`] spawns: many times the number of tasks the
/// current-thread scheduler runs before it looks at the test's own future
/// again (61), so that one or a few yields never get to the back of the queue.
pub const CROWD: usize = 1000;

/// Spawns [`CROWD`] tasks that log nothing, wait until `at`, and end: at
/// `at`, the runtime has a long queue of other work. With `at` in the
/// past (or `Instant::now()`), they are ready at once.
///
/// Tasks spawned before `at` are queued when their timers fire, in the same
/// turn as every other timer due then; tasks spawned at `at` by a task that
/// is running are queued at once, ahead of whatever that turn queues next.
pub fn crowd_at(at: Instant) {
    for _ in 0..CROWD {
        tokio::spawn(tokio::time::sleep_until(at));
    }
}
