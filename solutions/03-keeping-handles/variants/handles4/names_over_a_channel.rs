//! Variant: JoinHandles in a Vec answer is_finished; each task sends its name on a channel when done, and shutdown reads the channel.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::{AbortHandle, JoinSet};

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// A server's background jobs, by name.
pub struct Jobs {
    timeline: Timeline,
    jobs: Vec<(String, JoinHandle<()>)>,
    done_tx: mpsc::UnboundedSender<String>,
    done_rx: mpsc::UnboundedReceiver<String>,
}

impl Jobs {
    pub fn new(timeline: &Timeline) -> Self {
        let (done_tx, done_rx) = mpsc::unbounded_channel();
        Jobs {
            timeline: timeline.clone(),
            jobs: Vec::new(),
            done_tx,
            done_rx,
        }
    }

    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        let (owned, tx) = (name.to_owned(), self.done_tx.clone());
        let handle = tokio::spawn(async move {
            job.await;
            let _ = tx.send(owned);
        });
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

    pub async fn shutdown(self) -> Vec<String> {
        let Jobs {
            timeline,
            jobs,
            done_tx,
            mut done_rx,
        } = self;
        drop(done_tx);
        let mut names = Vec::new();
        while let Some(name) = done_rx.recv().await {
            timeline.log(format!("jobs: {name} finished"));
            names.push(name);
        }
        for (_, handle) in jobs {
            handle.await.expect("a job failed");
        }
        names
    }
}
