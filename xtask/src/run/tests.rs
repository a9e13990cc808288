//! A test binary stopped at its limit says which tests it was waiting for.

use std::thread;
use std::time::Duration;

use crate::roles::{AN_HOUR, ROLE, role};
use crate::run::run_tests_with;

#[test]
fn a_stopped_test_run_names_the_tests_still_running() {
    const TEST: &str = "run::tests::a_stopped_test_run_names_the_tests_still_running";
    if role().is_some() {
        thread::sleep(AN_HOUR);
        return;
    }
    let this_binary = std::env::current_exe().unwrap();

    let run = run_tests_with(
        &this_binary,
        Duration::from_secs(1),
        &[TEST, "--exact"],
        &[(ROLE, "hangs")],
    );

    assert!(
        run.timed_out,
        "the hanging test was not stopped:\n{}",
        run.output
    );
    assert_eq!(run.unfinished, [TEST], "the tests named as still running");
}
