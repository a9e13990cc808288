//! Mistake: shutdown first walks the list for the jobs already finished (so they
//! come in start order), then takes the rest from the set.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::{AbortHandle, JoinSet};

/// A server's background jobs, by name.
pub struct Jobs {
    timeline: Timeline,
    // Each task hands back its own name, so the set says who finished.
    tasks: JoinSet<String>,
    // In start order; each handle answers is_finished() for its job.
    by_name: Vec<(String, AbortHandle)>,
}

impl Jobs {
    /// An empty registry that logs on `timeline`.
    pub fn new(timeline: &Timeline) -> Self {
        Jobs {
            timeline: timeline.clone(),
            tasks: JoinSet::new(),
            by_name: Vec::new(),
        }
    }

    /// Runs `job` as a task, known as `name`.
    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        let owned = name.to_owned();
        let handle = self.tasks.spawn(async move {
            job.await;
            owned
        });
        self.by_name.push((name.to_owned(), handle));
    }

    /// Whether the job `name` has finished; `None` if there is no such job.
    pub fn is_done(&self, name: &str) -> Option<bool> {
        self.by_name
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, handle)| handle.is_finished())
    }

    /// The names of the jobs not finished yet, in the order they started.
    pub fn running(&self) -> Vec<String> {
        self.by_name
            .iter()
            .filter(|(_, handle)| !handle.is_finished())
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// Waits for every job; logs and returns their names in the order they finish.
    pub async fn shutdown(mut self) -> Vec<String> {
        let mut finished = Vec::with_capacity(self.tasks.len());
        for (name, handle) in &self.by_name {
            if handle.is_finished() {
                self.timeline.log(format!("jobs: {name} finished"));
                finished.push(name.clone());
            }
        }
        while let Some(name) = self.tasks.join_next().await {
            // A job that panicked is concept 05's business.
            let name = name.expect("a job panicked");
            if !finished.contains(&name) {
                self.timeline.log(format!("jobs: {name} finished"));
                finished.push(name);
            }
        }
        finished
    }
}
