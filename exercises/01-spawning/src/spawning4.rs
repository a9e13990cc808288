//! # spawning4: a monitor in the background (***)
//!
//! `with_monitor` runs `work` and, beside it, a monitor task that logs
//! `"monitor: report 1"`, `"monitor: report 2"`, ... every 0.5 s, the first
//! at once. When the work is done, stop the monitor at that very instant: it
//! logs `"monitor: stopped after N reports"` and hands N back. Return the
//! work's output and N.
//!
//! Why: background jobs (progress logs, heartbeats, cache refreshes) run
//! while the main job works, and must end cleanly when it is done, neither
//! running forever nor one tick too long.
//!
//! Python: the article's `background_monitor` is started with `create_task`,
//! runs while `main_heavy_process` sleeps 3 s, and is awaited at the end.
//! Here the monitor runs for as long as the work does, not a fixed 5 times.
//!
//! Test: `cargo test --test spawning4` (from `exercises/01-spawning`).
//! Stuck: `cargo xtask hint spawning4`.

use std::future::Future;
use std::time::Duration;

use tasklings::Timeline;
use tokio::sync::oneshot;
use tokio::time::interval;

/// How often the monitor reports.
pub const REPORT_EVERY: Duration = Duration::from_millis(500);

/// Runs `work` with a monitor task beside it; returns the work's output and
/// how many reports the monitor made.
pub async fn with_monitor<T>(work: impl Future<Output = T>, timeline: &Timeline) -> (T, u32) {
    todo!("spawn the monitor, await the work, tell the monitor to stop, await its handle")
}
