//! Variant: JoinSet<()> plus a Vec of (name, AbortHandle); shutdown maps each finished task's id back to its name.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::{AbortHandle, JoinSet};

/// A server's background jobs, by name.
pub struct Jobs {
    timeline: Timeline,
    set: JoinSet<()>,
    jobs: Vec<(String, AbortHandle)>,
}

impl Jobs {
    pub fn new(timeline: &Timeline) -> Self {
        Jobs {
            timeline: timeline.clone(),
            set: JoinSet::new(),
            jobs: Vec::new(),
        }
    }

    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        let handle = self.set.spawn(job);
        self.jobs.push((name.to_owned(), handle));
    }

    pub fn is_done(&self, name: &str) -> Option<bool> {
        self.jobs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, h)| h.is_finished())
    }

    pub fn running(&self) -> Vec<String> {
        self.jobs
            .iter()
            .filter(|(_, h)| !h.is_finished())
            .map(|(n, _)| n.clone())
            .collect()
    }

    pub async fn shutdown(mut self) -> Vec<String> {
        let mut names = Vec::new();
        while let Some(done) = self.set.join_next_with_id().await {
            let (id, ()) = done.expect("a job failed");
            let name = self
                .jobs
                .iter()
                .find(|(_, h)| h.id() == id)
                .map(|(n, _)| n.clone())
                .expect("every task has a name");
            self.timeline.log(format!("jobs: {name} finished"));
            names.push(name);
        }
        names
    }
}
