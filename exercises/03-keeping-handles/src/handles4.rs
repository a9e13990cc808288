//! # handles4: a registry of named jobs (***)
//!
//! `Jobs` keeps a server's background jobs by name (each name is used once):
//! - `start(name, job)` runs `job` as a task and keeps track of it as `name`;
//! - `is_done(name)` says at once whether that job has finished (`None` when
//!   no job has that name);
//! - `running()` names the jobs not finished yet, in the order they started;
//! - `shutdown()` waits for every job. It logs `"jobs: <name> finished"` as
//!   soon as it knows that job has finished (for jobs already finished when
//!   it is called: at once), in the order they finish, and returns their
//!   names in that order.
//!
//! Why: background work (flushes, uploads, cache refreshes) must be
//! findable ("is the export done?") and must not be lost at shutdown. Keep
//! what answers for each task, and what waits for all of them: a `JoinSet`
//! gives its tasks back in the order they finish, and the `AbortHandle`
//! that `JoinSet::spawn` returns answers `is_finished()` too.
//!
//! Python: keep the tasks in a dict (name to task), ask `task.done()`, and
//! at shutdown `await asyncio.gather(*jobs.values())`. (`as_completed` gives
//! results as they finish, but before Python 3.13 not which job each was.)
//!
//! Test: `cargo test --test handles4` (from `exercises/03-keeping-handles`).
//! Stuck: `cargo xtask hint handles4`.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::{AbortHandle, JoinSet};

/// A server's background jobs, by name.
pub struct Jobs {
    // Add the fields you need: what answers for one job by name, and what
    // waits for all of them.
}

impl Jobs {
    /// An empty registry that logs on `timeline`.
    pub fn new(timeline: &Timeline) -> Self {
        todo!("keep a clone of the timeline and empty collections")
    }

    /// Runs `job` as a task, known as `name`.
    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        todo!("spawn the job and keep what you need to answer for it and to wait for it")
    }

    /// Whether the job `name` has finished; `None` if there is no such job.
    pub fn is_done(&self, name: &str) -> Option<bool> {
        todo!("find the job by name and ask is_finished()")
    }

    /// The names of the jobs not finished yet, in the order they started.
    pub fn running(&self) -> Vec<String> {
        todo!("the names whose task is not finished")
    }

    /// Waits for every job; logs and returns their names in the order they finish.
    pub async fn shutdown(self) -> Vec<String> {
        todo!("take each job as it finishes, log \"jobs: <name> finished\", collect the names")
    }
}
