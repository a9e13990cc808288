//! A tree ends with everything in it. Each command here is this test binary
//! playing a part (see [`crate::roles`]): it starts a sleeper, a process
//! that never ends on its own and holds the command's output pipes, so they
//! close only once the sleeper has ended.

use std::thread;
use std::time::Duration;

use crate::roles::{AN_HOUR, role, this_test_as};
use crate::run::run;
use crate::tree::Tree;

#[test]
fn a_process_the_command_left_running_is_ended_with_it() {
    const TEST: &str = "tree::tests::a_process_the_command_left_running_is_ended_with_it";
    if play_a_role(TEST) {
        return;
    }

    let output = run(this_test_as(TEST, "starts a sleeper and ends"), AN_HOUR).unwrap();

    assert!(output.success, "the command failed:\n{}", output.stderr);
    assert!(
        output.stdout.contains("sleeper started"),
        "the command never started its sleeper:\n{}",
        output.stdout
    );
    assert!(
        !output.held_open,
        "the sleeper still held the output after the command ended: it was left running"
    );
}

#[test]
fn a_command_past_its_limit_is_ended_with_everything_it_started() {
    const TEST: &str = "tree::tests::a_command_past_its_limit_is_ended_with_everything_it_started";
    if play_a_role(TEST) {
        return;
    }

    let output = stopped_after_starting_its_sleeper(TEST, "starts a sleeper and hangs");

    assert!(
        !output.held_open,
        "the sleeper still held the output after the command was stopped: only the \
         command itself was ended"
    );
}

#[test]
fn a_command_past_its_limit_ends_the_trees_it_started_itself() {
    const TEST: &str = "tree::tests::a_command_past_its_limit_ends_the_trees_it_started_itself";
    if play_a_role(TEST) {
        return;
    }

    // As the runner's tests start xtask, which starts trees of its own:
    // asked to end, the command must get the time to end them.
    let output = stopped_after_starting_its_sleeper(TEST, "starts a tree and hangs");

    assert!(
        !output.held_open,
        "the sleeper in the command's own tree still held the output: the command was \
         not asked to end (and given the time) before it was made to"
    );
}

/// Runs `test` playing `role`, a command that starts a sleeper and then
/// waits forever, until its limit; what it left, once it was surely stopped
/// with its sleeper started.
fn stopped_after_starting_its_sleeper(test: &str, role: &str) -> crate::run::Output {
    // Long enough to start two processes on a loaded machine.
    let limit = Duration::from_secs(2);
    let output = run(this_test_as(test, role), limit).unwrap();
    assert!(output.timed_out, "the command was not stopped at its limit");
    assert!(
        output.stdout.contains("sleeper started"),
        "the command had not started its sleeper within {limit:?}:\n{}",
        output.stdout
    );
    output
}

/// Plays the role this process was started for, if any; `false` in the
/// test itself.
#[expect(
    clippy::zombie_processes,
    reason = "the sleeper is left running on purpose, for the tree to end"
)]
fn play_a_role(test: &str) -> bool {
    let Some(role) = role() else {
        return false;
    };
    match role.as_str() {
        "sleeper" => thread::sleep(AN_HOUR),
        "starts a sleeper and ends" | "starts a sleeper and hangs" => {
            // The sleeper's output pipes are this process's, so the
            // command's: they stay open as long as the sleeper runs.
            this_test_as(test, "sleeper")
                .spawn()
                .expect("starting the sleeper");
            println!("sleeper started");
            if role.ends_with("hangs") {
                thread::sleep(AN_HOUR);
            }
        }
        "starts a tree and hangs" => {
            let _tree = Tree::spawn(&mut this_test_as(test, "sleeper")).expect("the sleeper");
            println!("sleeper started");
            thread::sleep(AN_HOUR);
        }
        other => panic!("unknown role {other:?}"),
    }
    true
}
