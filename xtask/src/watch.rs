//! `cargo xtask watch`: work on the next unsolved exercise, re-run its tests
//! on every save, move on when it passes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, SystemTime};

use crate::info::{Exercise, Info};
use crate::layout::relative;
use crate::results::{self, Status};
use crate::{Error, student, term};

/// How often the exercise files are looked at for a save.
const POLL: Duration = Duration::from_millis(100);
/// Saves closer together than this are one save (editors write in steps).
const SETTLE: Duration = Duration::from_millis(50);

enum Event {
    Saved,
    Key(u8),
    InputClosed,
}

pub fn watch(info: &Info) -> Result<bool, Error> {
    term::say(
        "Testing every exercise once to find where you are (the first time builds everything) ...",
    );
    let mut solved = scan(info);

    let _keys = term::SingleKeys::enable();
    let (events, inbox) = mpsc::channel();
    watch_files(info.root.join("exercises"), events.clone());
    read_keys(events);

    // Said once at the top of the next screen: what just got solved.
    let mut news = String::new();
    let mut show_hint = false;
    loop {
        let Some(index) = solved.iter().position(|s| !s) else {
            term::clear();
            term::say(&format!("{}{news}", header(info, &solved)));
            term::say(&term::green("Every exercise is solved. Well done!"));
            term::say("Press q to leave. A save re-tests everything.");
            if wait_for_quit(&inbox) {
                return Ok(true);
            }
            news.clear();
            solved = scan(info);
            continue;
        };
        let exercise = &info.exercises[index];
        term::clear();
        term::say(&format!("{}{news}", header(info, &solved)));
        term::say(&title(info, exercise));
        term::say("Running its tests ...");
        let outcome = results::test_one(info, exercise);
        if outcome.status == Status::Solved {
            show_hint = false;
            news = format!("{}\n\n", student::summary(&outcome));
            term::say(&format!("{news}Finding the next exercise ..."));
            // Other files may have changed meanwhile (a reset, an edit):
            // look at every exercise again before choosing the next.
            solved = scan(info);
            continue;
        }

        term::clear();
        term::say(&format!("{}{news}", header(info, &solved)));
        news.clear();
        term::say(&title(info, exercise));
        term::say(&format!("{}\n", student::summary(&outcome)));
        if show_hint {
            term::say(&format!("{}\n{}\n", term::bold("Hint:"), exercise.hint));
        }
        if !solved.iter().any(|s| *s) {
            term::say(
                "New here? `cargo xtask timeline article` draws the article's tasks as lanes;\n\
                 `cargo xtask timeline <exercise>` draws what your answer's tasks did.\n",
            );
        }
        term::say("Save the file to run its tests again.   h: hint   r: run again   q: quit");

        match next_action(&inbox) {
            Action::Rerun => {}
            Action::Hint => show_hint = !show_hint,
            Action::Quit => {
                term::say(
                    "Bye. Your progress is in your files; `cargo xtask watch` picks it up again.",
                );
                return Ok(true);
            }
        }
    }
}

/// Which exercises are solved, in order.
fn scan(info: &Info) -> Vec<bool> {
    results::test_all(info, results::Pace::Interactive)
        .iter()
        .map(|o| o.status == Status::Solved)
        .collect()
}

enum Action {
    Rerun,
    Hint,
    Quit,
}

fn next_action(inbox: &Receiver<Event>) -> Action {
    loop {
        match inbox.recv() {
            Ok(Event::Saved) => {
                // Let a burst of writes settle, then run once.
                thread::sleep(SETTLE);
                while let Ok(Event::Saved) = inbox.try_recv() {}
                return Action::Rerun;
            }
            Ok(Event::Key(b'q' | b'Q' | 3 | 4)) | Err(_) => return Action::Quit,
            Ok(Event::Key(b'h' | b'H')) => return Action::Hint,
            Ok(Event::Key(b'r' | b'R' | b'\n')) => return Action::Rerun,
            Ok(Event::Key(_) | Event::InputClosed) => {}
        }
    }
}

fn wait_for_quit(inbox: &Receiver<Event>) -> bool {
    loop {
        match inbox.recv() {
            Ok(Event::Key(b'q' | b'Q' | 3 | 4)) | Err(_) => return true,
            // A save may have un-solved something: look again.
            Ok(Event::Saved) => return false,
            Ok(_) => {}
        }
    }
}

fn header(info: &Info, solved: &[bool]) -> String {
    let done = solved.iter().filter(|s| **s).count();
    let points: u32 = info
        .exercises
        .iter()
        .zip(solved)
        .filter(|(_, s)| **s)
        .map(|(e, _)| e.points)
        .sum();
    let possible: u32 = info.exercises.iter().map(|e| e.points).sum();
    format!(
        "{}  {} {done}/{} exercises, {points}/{possible} points\n",
        term::bold("tasklings watch"),
        term::bar(done, solved.len(), 30),
        solved.len()
    )
}

fn title(info: &Info, exercise: &Exercise) -> String {
    format!(
        "{} ({}) {}\n  edit:  {}\n",
        term::bold(&exercise.name),
        exercise.grade,
        exercise.title,
        relative(&info.root, &exercise.stub(&info.root))
    )
}

/// Sends `Saved` whenever a file under `dir` changes, appears or goes.
fn watch_files(dir: PathBuf, events: Sender<Event>) {
    thread::spawn(move || {
        let mut seen = snapshot(&dir);
        loop {
            thread::sleep(POLL);
            let now = snapshot(&dir);
            if now != seen {
                seen = now;
                if events.send(Event::Saved).is_err() {
                    return;
                }
            }
        }
    });
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (SystemTime, u64)> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                if entry.file_name() != "target" {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs" || e == "toml") {
                files.insert(
                    path,
                    (
                        meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                        meta.len(),
                    ),
                );
            }
        }
    }
    files
}

/// Sends each key pressed (or each byte typed, when stdin is not a terminal),
/// then `InputClosed` when input ends.
fn read_keys(events: Sender<Event>) {
    thread::spawn(move || {
        term::read_keys(|key| events.send(Event::Key(key)).is_ok());
        let _ = events.send(Event::InputClosed);
    });
}
