//! Every process xtask starts, as a whole tree: when a step ends or is
//! stopped, everything it started goes with it, so nothing it left running
//! can hold our output pipes, the target folder's lock, or a core.
//!
//! On Unix a tree is a process group; on Windows, a job object.

use std::io;
use std::process::{Child, Command};

#[cfg(unix)]
mod unix;
#[cfg(unix)]
use unix as platform;
#[cfg(windows)]
mod windows;
#[cfg(windows)]
use windows as platform;

/// A started command and whatever it starts in turn.
pub struct Tree {
    child: Child,
    group: platform::Group,
}

impl Tree {
    /// Starts `command` as the root of a tree of its own.
    pub fn spawn(command: &mut Command) -> io::Result<Tree> {
        platform::prepare(command);
        let child = command.spawn()?;
        let group = platform::Group::around(&child);
        Ok(Tree { child, group })
    }

    /// The first process, to take its pipes and see whether it has ended.
    pub fn root(&mut self) -> &mut Child {
        &mut self.child
    }

    /// Ends every process of the tree that is still running, the first one
    /// included, and waits for the first one.
    pub fn stop(&mut self) {
        self.group.stop(&mut self.child);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Ends every tree still running, before xtask exits: a thread that was
/// still waiting on one would otherwise leave it behind.
pub fn stop_all() {
    platform::stop_all();
}

#[cfg(test)]
mod tests;
