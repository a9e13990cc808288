//! A pool of database connections: what a task takes, it must give back,
//! however it ends.

use std::sync::{Arc, Mutex};

use crate::Timeline;

/// A connection from a [`Pool`]. It cannot be copied: give this one back
/// with [`Pool::give_back`].
#[derive(Debug, PartialEq, Eq)]
pub struct Connection {
    id: u32,
}

impl Connection {
    /// Which of the pool's connections this is, from 1.
    pub fn id(&self) -> u32 {
        self.id
    }
}

/// A pool of database connections. Clones share the same pool.
#[derive(Clone)]
pub struct Pool {
    free: Arc<Mutex<Vec<Connection>>>,
    timeline: Timeline,
}

impl Pool {
    /// A pool of `size` connections, numbered from 1, all free.
    pub fn new(size: u32, timeline: &Timeline) -> Self {
        Pool {
            free: Arc::new(Mutex::new(
                (1..=size).rev().map(|id| Connection { id }).collect(),
            )),
            timeline: timeline.clone(),
        }
    }

    /// Takes a free connection and logs `pool: connection N taken`.
    ///
    /// Panics when none is free: every connection was taken and not given
    /// back, which in these exercises means some cleanup never ran.
    pub fn take(&self) -> Connection {
        let connection = self.lock().pop().unwrap_or_else(|| {
            panic!(
                "pool.take(): no connection is free. One was taken and never given back: \
                 code after an .await does not run when the task is aborted there. \
                 Give it back from a Drop impl, which runs however the task ends."
            )
        });
        self.timeline
            .log(format!("pool: connection {} taken", connection.id));
        connection
    }

    /// Gives `connection` back and logs `pool: connection N returned`.
    pub fn give_back(&self, connection: Connection) {
        self.timeline
            .log(format!("pool: connection {} returned", connection.id));
        self.lock().push(connection);
    }

    /// How many connections are free now.
    pub fn free(&self) -> usize {
        self.lock().len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        self.free.lock().unwrap_or_else(|e| e.into_inner())
    }
}
