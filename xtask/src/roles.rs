//! For tests about processes: this test binary, started again to run one
//! test, which then plays a part (a process that hangs, say) instead of
//! checking anything.

use std::process::Command;
use std::time::Duration;

/// The variable that names the part to play.
pub const ROLE: &str = "TASKLINGS_TEST_ROLE";

/// Long enough to count as forever in a test.
pub const AN_HOUR: Duration = Duration::from_secs(3600);

/// This test binary, started again to run only `test`, playing `role`.
pub fn this_test_as(test: &str, role: &str) -> Command {
    let mut command = Command::new(std::env::current_exe().expect("this test binary"));
    command
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(ROLE, role);
    command
}

/// The part this process was started to play; `None` in the test itself.
pub fn role() -> Option<String> {
    std::env::var(ROLE).ok()
}
