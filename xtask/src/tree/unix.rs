//! Trees as process groups. A group is not in the terminal's foreground,
//! so Ctrl-C and Ctrl-Z reach only xtask, which passes them on.
//!
//! Groups do not nest, and the runner's tests start xtask inside a tree:
//! so a group is asked to end first (SIGTERM), which an xtask in it answers
//! by ending its own groups, and only then made to (SIGKILL).

use std::io::IsTerminal;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command};
use std::sync::{Mutex, MutexGuard, Once};
use std::thread;
use std::time::{Duration, Instant};

use rustix::process::{
    Pid, Signal, WaitOptions, kill_process_group, test_kill_process_group, waitpgid,
};
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP};

/// How long a group asked to end may take before it is made to.
const GRACE: Duration = Duration::from_secs(1);

/// The groups that may still have processes, and whether xtask is ending.
struct Live {
    groups: Vec<Pid>,
    ending: bool,
}

static LIVE: Mutex<Live> = Mutex::new(Live {
    groups: Vec::new(),
    ending: false,
});

fn live() -> MutexGuard<'static, Live> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn prepare(command: &mut Command) {
    command.process_group(0);
    pass_on_interrupts();
}

/// The process group the tree's first process leads.
pub struct Group(Option<Pid>);

impl Group {
    pub fn around(child: &Child) -> Group {
        let leader = Pid::from_child(child);
        let mut live = live();
        if live.ending {
            let _ = kill_process_group(leader, Signal::KILL);
        }
        live.groups.push(leader);
        Group(Some(leader))
    }

    /// Ends the group. `root`, its leader, is reaped here at the latest,
    /// and not before the group is ended: until then its id names this
    /// group and no other.
    pub fn stop(&mut self, root: &mut Child) {
        let Some(leader) = self.0.take() else {
            return;
        };
        end_groups(&[leader], || {
            let _ = root.try_wait();
        });
        live().groups.retain(|group| *group != leader);
    }
}

/// Ends every group; only for when xtask is about to exit, since it also
/// reaps the leaders that other threads may be waiting for.
pub fn stop_all() {
    let groups = {
        let mut live = live();
        live.ending = true;
        std::mem::take(&mut live.groups)
    };
    end_groups(&groups, || {
        for group in &groups {
            while let Ok(Some(_)) = waitpgid(*group, WaitOptions::NOHANG) {}
        }
    });
}

/// Asks every group to end, waits up to [`GRACE`] while any has a process
/// left (`reap` lets our own children go), then ends what is left. Where
/// nothing reaps orphans at once (pid 1 in some containers), their zombies
/// count as left, and the whole grace is spent; it is spent only on a tree
/// that left something running, or was stopped.
fn end_groups(groups: &[Pid], mut reap: impl FnMut()) {
    for group in groups {
        let _ = kill_process_group(*group, Signal::TERM);
    }
    let deadline = Instant::now() + GRACE;
    loop {
        reap();
        let left = groups
            .iter()
            .any(|group| test_kill_process_group(*group).is_ok());
        if !left || Instant::now() >= deadline {
            break;
        }
        thread::sleep(Duration::from_millis(5));
    }
    for group in groups {
        let _ = kill_process_group(*group, Signal::KILL);
    }
}

/// Passes on what the terminal would have sent the groups, had they been in
/// its foreground: on Ctrl-C (or a closed terminal, or `kill`) every group
/// ends, then xtask ends the way the signal would have; on Ctrl-Z they stop
/// with xtask, and go on again with it.
fn pass_on_interrupts() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let mut passed_on = vec![SIGINT, SIGTERM, SIGTSTP, SIGCONT];
        // A closed terminal ends us only if we write to it: under `nohup`
        // (output to a file, SIGHUP ignored) it must stay ignored.
        if std::io::stdout().is_terminal() || std::io::stderr().is_terminal() {
            passed_on.push(SIGHUP);
        }
        let Ok(mut signals) = signal_hook::iterator::Signals::new(passed_on) else {
            return;
        };
        thread::spawn(move || {
            for signal in signals.forever() {
                match signal {
                    SIGTSTP => {
                        signal_every_group(Signal::STOP);
                        let _ = signal_hook::low_level::emulate_default_handler(SIGTSTP);
                    }
                    SIGCONT => signal_every_group(Signal::CONT),
                    _ => {
                        stop_all();
                        let _ = signal_hook::low_level::emulate_default_handler(signal);
                        std::process::exit(128 + signal);
                    }
                }
            }
        });
    });
}

fn signal_every_group(signal: Signal) {
    for group in &live().groups {
        let _ = kill_process_group(*group, signal);
    }
}
