//! # handles3: is it done yet? (**)
//!
//! A screen is redrawn every `FRAME` (500 ms), the first frame (N = 1) at once.
//! On each frame, `show_progress` asks the download's handle whether the
//! download has finished, without waiting for it:
//! - not yet: log `"ui: frame N: downloading"` and wait for the next frame;
//! - finished: take its result (awaiting a finished handle returns at once),
//!   log `"ui: frame N: done, <size> bytes"`, and return the size and N.
//!
//! Why: some loops keep their own rhythm (a screen, a game, a control loop)
//! and must never stop for a task. `JoinHandle::is_finished()` answers at
//! once; `.await` on the handle would freeze the screen until the download
//! ends. Between two checks the loop must really wait (for the next frame):
//! a loop that only checks and yields keeps the thread busy, and under the
//! tests' paused clock it keeps time from moving at all.
//!
//! Python: "By keeping the task object in a variable, you can ... check the
//! status with `task.done()`", which answers at once, without waiting.
//!
//! Test: `cargo test --test handles3` (from `exercises/03-keeping-handles`).
//! Stuck: `cargo xtask hint handles3`.

use std::time::Duration;

use tasklings::Timeline;
use tokio::task::JoinHandle;
use tokio::time::interval;

/// How often the screen is redrawn.
pub const FRAME: Duration = Duration::from_millis(500);

/// Draws a frame every `FRAME` until the download is done; returns the
/// download's size and how many frames were drawn.
pub async fn show_progress(download: JoinHandle<u64>, timeline: &Timeline) -> (u64, u32) {
    todo!(
        "each frame: is_finished()? log and wait for the next frame, or await the result and return"
    )
}
