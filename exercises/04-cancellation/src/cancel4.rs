//! # cancel4: hedged requests (***)
//!
//! `hedged` asks the `primary` for an answer. If it has not answered
//! within `HEDGE_AFTER` (500 ms), it logs `"hedge: asking the backup"` and
//! starts the `backup` too. The first answer wins: abort the other request,
//! wait until it is gone, and return the answer. A primary that answers in
//! time is the only request: the backup never starts. A request that
//! crashes (panics) before the other answers ends the race too: stop the
//! other request, then pass the panic on, unchanged. Each request runs as
//! a task of its own (`tokio::spawn`), so that it goes on while `hedged`
//! waits, and the loser can be aborted.
//!
//! Why: a slow server is often slow only this once. Asking a second one
//! after a short wait, and keeping whichever answers first, cuts the slow
//! tail of response times, as long as the loser is stopped: otherwise
//! every hedge doubles the load. `tokio::select!` waits for several things
//! at once (a handle, a sleep) and runs the branch of the first one ready
//! (of several ready at once it picks one at random, unless `biased;`);
//! polling `&mut handle` there keeps the handle for later.
//!
//! Python: `create_task` is for "individual task control (cancellation or
//! specific await timing)": `done, pending = await asyncio.wait(tasks,
//! return_when=FIRST_COMPLETED)`, then `task.cancel()` for each pending one.
//!
//! Test: `cargo test --test cancel4` (from `exercises/04-cancellation`).
//! Stuck: `cargo xtask hint cancel4`.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::time::sleep;

/// How long the primary has before the backup is asked too.
pub const HEDGE_AFTER: Duration = Duration::from_millis(500);

/// The first answer of `primary`, or of `backup` if the primary is slow;
/// the other request is stopped before this returns.
pub async fn hedged<T: Send + 'static>(
    primary: impl Future<Output = T> + Send + 'static,
    backup: impl Future<Output = T> + Send + 'static,
    timeline: &Timeline,
) -> T {
    todo!(
        "spawn the primary; select! on it and a sleep; then the backup; abort and await the loser"
    )
}
