//! Variant: A HashMap from name to AbortHandle for is_done, a Vec of names for start order, a JoinSet<String> for shutdown.

use std::future::Future;

use tasklings::Timeline;
use tokio::task::{AbortHandle, JoinSet};

use std::collections::HashMap;

/// A server's background jobs, by name.
pub struct Jobs {
    timeline: Timeline,
    set: JoinSet<String>,
    handles: HashMap<String, AbortHandle>,
    order: Vec<String>,
}

impl Jobs {
    pub fn new(timeline: &Timeline) -> Self {
        Jobs {
            timeline: timeline.clone(),
            set: JoinSet::new(),
            handles: HashMap::new(),
            order: Vec::new(),
        }
    }

    pub fn start(&mut self, name: &str, job: impl Future<Output = ()> + Send + 'static) {
        let owned = name.to_owned();
        let handle = self.set.spawn(async move {
            job.await;
            owned
        });
        self.handles.insert(name.to_owned(), handle);
        self.order.push(name.to_owned());
    }

    pub fn is_done(&self, name: &str) -> Option<bool> {
        self.handles.get(name).map(AbortHandle::is_finished)
    }

    pub fn running(&self) -> Vec<String> {
        self.order
            .iter()
            .filter(|name| self.is_done(name) == Some(false))
            .cloned()
            .collect()
    }

    pub async fn shutdown(mut self) -> Vec<String> {
        let mut names = Vec::new();
        loop {
            match self.set.join_next().await {
                None => break,
                Some(Ok(name)) => {
                    self.timeline.log(format!("jobs: {name} finished"));
                    names.push(name);
                }
                Some(Err(error)) => std::panic::resume_unwind(error.into_panic()),
            }
        }
        names
    }
}
