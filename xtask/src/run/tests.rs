//! Running commands and reading what they said: libtest's outcomes, a
//! stopped run's tests still running, a stopped command's last line, rustc's
//! first error.

use std::thread;
use std::time::Duration;

use crate::roles::{AN_HOUR, ROLE, role};
use crate::run::{Outcome, Output, TestRun, first_error, parse_outcomes, run_tests_with};

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
    assert_eq!(
        run.stopped(Duration::from_secs(1)),
        format!("were stopped after 1 s, with every process they started; still running: {TEST}")
    );
}

#[test]
fn libtest_lines_are_read_as_outcomes_and_nothing_else_is() {
    let stdout = "running 3 tests\n\
                  test a::first ... ok\n\
                  test a::second ... FAILED\n\
                  test a::third ... ignored\n\
                  test result: FAILED. 1 passed; 1 failed\n";

    let outcomes = parse_outcomes(stdout);

    assert_eq!(
        outcomes.into_iter().collect::<Vec<_>>(),
        [
            ("a::first".to_owned(), Outcome::Passed),
            ("a::second".to_owned(), Outcome::Failed),
        ]
    );
}

#[test]
fn a_run_has_all_passed_only_with_a_test_no_failure_and_no_timeout() {
    let run = |outcomes: &[(&str, Outcome)], timed_out| TestRun {
        outcomes: outcomes
            .iter()
            .map(|(n, o)| ((*n).to_owned(), *o))
            .collect(),
        timed_out,
        unfinished: Vec::new(),
        held_open: false,
        output: String::new(),
    };
    let (passed, failed) = (("a", Outcome::Passed), ("b", Outcome::Failed));

    assert!(run(&[passed], false).all_passed());
    assert!(!run(&[], false).all_passed(), "no test ran");
    assert!(!run(&[passed, failed], false).all_passed(), "one failed");
    assert!(!run(&[passed], true).all_passed(), "stopped at its limit");
    let mixed = run(&[passed, failed, ("c", Outcome::Passed)], false);
    assert_eq!((mixed.passed(), mixed.failed()), (2, vec!["b"]));
}

#[test]
fn a_stopped_command_is_described_by_the_last_line_it_wrote() {
    let output = |stdout: &str, stderr: &str| Output {
        success: false,
        timed_out: true,
        stdout: stdout.to_owned(),
        stderr: stderr.to_owned(),
        held_open: false,
    };

    let building = output("", "   Compiling tokio v1.54.1\n  Building [=> ] 3/9\n\n");
    assert_eq!(building.last_words(), "Building [=> ] 3/9");
    assert_eq!(output("test a ... ok\n", "").last_words(), "test a ... ok");
    assert_eq!(output("", "").last_words(), "(nothing)");
    assert_eq!(
        building.stopped("the build", Duration::from_secs(600)),
        "the build did not finish within 600 s and was stopped, with every process it \
         started; its last line was: Building [=> ] 3/9"
    );
}

#[test]
fn the_first_error_is_its_whole_block_and_no_more() {
    let stderr = "warning: unused import\n  --> a.rs:1:1\n\
                  error[E0308]: mismatched types\n  --> a.rs:3:5\n   |\n\
                  error: aborting due to 1 previous error\n";

    assert_eq!(
        first_error(stderr),
        "error[E0308]: mismatched types\n  --> a.rs:3:5\n   |"
    );
    assert_eq!(
        first_error("one\ntwo\n"),
        "one\ntwo",
        "no error: cargo's last lines"
    );
}
