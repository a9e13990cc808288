//! Mistake: shutdown reports the jobs already finished and returns; the
//! handles of the others are kept to the end but never awaited, so that
//! work dies with the program.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::JoinHandle;

pub struct Jobs {
    timeline: Timeline,
    jobs: Vec<(String, JoinHandle<()>)>,
}

impl Jobs {
    pub fn new(timeline: &Timeline) -> Self {
        Jobs {
            timeline: timeline.clone(),
            jobs: Vec::new(),
        }
    }

    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        self.jobs.push((name.to_owned(), tokio::spawn(job)));
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

    pub async fn shutdown(self) -> Vec<String> {
        let mut finished = Vec::new();
        for (name, handle) in &self.jobs {
            if handle.is_finished() {
                self.timeline.log(format!("jobs: {name} finished"));
                finished.push(name.clone());
            }
        }
        finished
    }
}
