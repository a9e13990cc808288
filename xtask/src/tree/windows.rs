//! Trees as job objects. Jobs nest (an xtask the runner's tests start
//! makes jobs inside the test's job), and Ctrl-C reaches every process of
//! the console by itself, so nothing more is needed here.

use std::os::windows::io::AsRawHandle;
use std::process::{Child, Command};

use win32job::{ExtendedLimitInfo, Job};

pub fn prepare(_command: &mut Command) {}

/// The job holding the tree. Closing its only handle ends every process
/// in it; so does xtask's own exit, which closes every handle it holds.
pub struct Group(Option<Job>);

impl Group {
    /// A process the child starts before it is in the job escapes it;
    /// cargo and the test binaries read their arguments and files first,
    /// so that does not happen to the trees xtask starts.
    pub fn around(child: &Child) -> Group {
        let mut limits = ExtendedLimitInfo::new();
        limits.limit_kill_on_job_close();
        let job = Job::create_with_limit_info(&limits)
            .ok()
            .filter(|job| job.assign_process(child.as_raw_handle() as isize).is_ok());
        Group(job)
    }

    pub fn stop(&mut self, _root: &mut Child) {
        drop(self.0.take());
    }
}

pub fn stop_all() {}
