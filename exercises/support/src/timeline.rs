//! The timeline: tasks log named events, the timeline stamps each with the
//! virtual time since it started and with the task that logged it.

use std::fmt;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use tokio::runtime::Handle;
use tokio::task::Id;
use tokio::time::Instant;

/// A shared log of events. Cloning it gives another handle to the same log,
/// so every task can carry its own clone.
#[derive(Clone)]
pub struct Timeline {
    start: Instant,
    // The test's runtime, whose (paused) clock stamps events logged from a
    // thread that runtime does not know about.
    runtime: Option<Handle>,
    // The runtime's tasks alive when the timeline started (the test's own).
    tasks_at_start: usize,
    events: Arc<Mutex<Vec<Event>>>,
    // Signalled on every log, for threads that wait for an event.
    logged: Arc<Condvar>,
}

/// One logged event: when it happened, what happened, and which task said so.
#[derive(Clone, PartialEq, Eq)]
pub struct Event {
    /// Virtual time since the timeline started.
    pub at: Duration,
    /// What happened, for example `"inventory: start"`.
    pub what: String,
    /// The tokio task that logged it; `None` when it was logged outside any
    /// spawned task (the test body itself, or a future polled by hand).
    pub task: Option<Id>,
    /// False when it was logged from a thread the runtime does not know
    /// about (`std::thread::spawn`): neither a task nor a `spawn_blocking` job.
    pub on_runtime: bool,
    /// How many more of the runtime's tasks were alive than when the
    /// timeline started: the tasks spawned since that had not yet finished,
    /// started or not. `None` when there was no runtime to ask.
    pub new_tasks_alive: Option<usize>,
}

impl Timeline {
    /// Starts an empty timeline at the current (virtual) instant.
    pub fn start() -> Self {
        let runtime = Handle::try_current().ok();
        Timeline {
            start: Instant::now(),
            tasks_at_start: runtime.as_ref().map_or(0, tasks_alive),
            runtime,
            events: Arc::default(),
            logged: Arc::default(),
        }
    }

    /// The timeline so far, drawn as lanes: one per task (the name before
    /// each line's `:`), on one axis of virtual time. `cargo xtask timeline`
    /// prints these; an empty string when there is nothing to draw.
    pub fn lanes(&self) -> String {
        let events = self.events();
        let points: Vec<(Duration, &str)> =
            events.0.iter().map(|e| (e.at, e.what.as_str())).collect();
        crate::lanes::alone(&points)
    }

    /// Records `what` at the current virtual time.
    pub fn log(&self, what: impl Into<String>) {
        let on_runtime = Handle::try_current().is_ok();
        // Off the runtime, tokio's clock would read the real clock: enter
        // the test's runtime so the stamp is on its (paused) clock too.
        let _entered = match (&self.runtime, on_runtime) {
            (Some(runtime), false) => Some(runtime.enter()),
            _ => None,
        };
        let event = Event {
            at: self.elapsed(),
            what: what.into(),
            task: tokio::task::try_id(),
            on_runtime,
            new_tasks_alive: Handle::try_current()
                .ok()
                .map(|runtime| tasks_alive(&runtime).saturating_sub(self.tasks_at_start)),
        };
        self.events
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(event);
        self.logged.notify_all();
    }

    /// Blocks the calling thread until `what` has been logged, or `limit` of
    /// real time has passed; true if it was logged. For code on a thread of
    /// its own (a `spawn_blocking` job, say) that must see another task's
    /// progress: called on the runtime's thread, it stops the very tasks it
    /// waits for, and returns false after `limit`.
    pub fn wait_for(&self, what: &str, limit: Duration) -> bool {
        let events = self.events.lock().unwrap_or_else(|e| e.into_inner());
        let (events, _) = self
            .logged
            .wait_timeout_while(events, limit, |events| {
                !events.iter().any(|e| e.what == what)
            })
            .unwrap_or_else(|e| e.into_inner());
        events.iter().any(|e| e.what == what)
    }

    /// Virtual time since the timeline started.
    pub fn elapsed(&self) -> Duration {
        Instant::now() - self.start
    }

    /// A copy of every event logged so far, in the order they were logged.
    pub fn events(&self) -> Events {
        Events(
            self.events
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .clone(),
        )
    }
}

/// The events of a timeline, with questions a test can ask about them.
#[derive(Clone, PartialEq, Eq)]
pub struct Events(pub Vec<Event>);

impl Events {
    /// When `what` was first logged.
    pub fn time_of(&self, what: &str) -> Option<Duration> {
        self.find(what).map(|e| e.at)
    }

    /// True when `what` was logged.
    pub fn contains(&self, what: &str) -> bool {
        self.find(what).is_some()
    }

    /// The first event whose description starts with `prefix`.
    pub fn first_starting_with(&self, prefix: &str) -> Option<&Event> {
        self.0.iter().find(|e| e.what.starts_with(prefix))
    }

    /// Where `what` stands in the order of events (0 is first).
    pub fn position(&self, what: &str) -> Option<usize> {
        self.0.iter().position(|e| e.what == what)
    }

    /// True when `first` was logged, and logged before `second` (or `second` never was).
    pub fn logged_before(&self, first: &str, second: &str) -> bool {
        match (self.position(first), self.position(second)) {
            (Some(a), Some(b)) => a < b,
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// The task that logged `what`, if it was logged inside a spawned task.
    pub fn task_of(&self, what: &str) -> Option<Id> {
        self.find(what).and_then(|e| e.task)
    }

    /// True when `what` was logged from a thread the runtime does not know
    /// about (a `std::thread`), not from a task or a `spawn_blocking` job.
    pub fn logged_off_runtime(&self, what: &str) -> bool {
        self.find(what).is_some_and(|e| !e.on_runtime)
    }

    /// True when every one of `whats` was logged inside a spawned task, and
    /// no two of them by the same task: each ran in a task of its own.
    pub fn each_in_a_task_of_its_own(&self, whats: &[&str]) -> bool {
        let tasks: Vec<Option<Id>> = whats.iter().map(|what| self.task_of(what)).collect();
        tasks.iter().all(Option::is_some)
            && tasks
                .iter()
                .enumerate()
                .all(|(i, task)| !tasks[..i].contains(task))
    }

    /// True when `what` was logged from inside a spawned task.
    pub fn logged_in_spawned_task(&self, what: &str) -> bool {
        self.task_of(what).is_some()
    }

    /// The tasks that logged the events starting with `prefix`, each once, in
    /// the order they first did; `None` stands for the caller (a line logged
    /// outside any spawned task). For "who wrote the lines that name X?".
    pub fn writers(&self, prefix: &str) -> Vec<Option<Id>> {
        let mut writers = Vec::new();
        for event in self.0.iter().filter(|e| e.what.starts_with(prefix)) {
            if !writers.contains(&event.task) {
                writers.push(event.task);
            }
        }
        writers
    }

    /// The time of the last event, or zero for an empty timeline.
    pub fn end(&self) -> Duration {
        self.0.last().map_or(Duration::ZERO, |e| e.at)
    }

    /// Every event's description, in order.
    pub fn names(&self) -> Vec<&str> {
        self.0.iter().map(|e| e.what.as_str()).collect()
    }

    /// How many events contain `text`.
    pub fn count(&self, text: &str) -> usize {
        self.0.iter().filter(|e| e.what.contains(text)).count()
    }

    /// True when no event was logged.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many tasks spawned since the timeline started were alive (not
    /// yet finished, started or not) when `what` was first logged. For
    /// "were both tasks spawned before this line said so?".
    pub fn new_tasks_alive_when(&self, what: &str) -> Option<usize> {
        self.find(what).and_then(|e| e.new_tasks_alive)
    }

    fn find(&self, what: &str) -> Option<&Event> {
        self.0.iter().find(|e| e.what == what)
    }
}

/// The runtime's tasks that have been spawned and not yet finished.
fn tasks_alive(runtime: &Handle) -> usize {
    runtime.metrics().num_alive_tasks()
}

impl fmt::Debug for Event {
    // One line per event, time first, so a diff reads like a log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}  {}", seconds(self.at), self.what)
    }
}

impl fmt::Debug for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(&self.0).finish()
    }
}

/// A listing for a failure message: one event a line, with the task that
/// logged it, and long runs of alike events (`heartbeat 2` ... `heartbeat 30`
/// at one instant) shortened to their first and last.
impl fmt::Display for Events {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return writeln!(f, "    (nothing was logged)");
        }
        let mut rest = self.0.as_slice();
        while let Some(first) = rest.first() {
            let run = rest
                .iter()
                .take_while(|e| e.at == first.at && stem(&e.what) == stem(&first.what))
                .count();
            if run >= 4 {
                writeln!(f, "    {}", listed(first))?;
                writeln!(f, "    ... {} more like it ...", run - 2)?;
                writeln!(f, "    {}", listed(&rest[run - 1]))?;
            } else {
                for event in &rest[..run] {
                    writeln!(f, "    {}", listed(event))?;
                }
            }
            rest = &rest[run..];
        }
        Ok(())
    }
}

// `time  event  [task]`: which task wrote a line is part of the evidence.
fn listed(event: &Event) -> String {
    let task = match (event.task, event.on_runtime) {
        (Some(id), _) => format!("task {id}"),
        (None, false) => "a thread the runtime does not know".to_owned(),
        (None, true) => "the caller, not a spawned task".to_owned(),
    };
    format!("{event:?}   [{task}]")
}

// An event without its trailing number: `heartbeat 12` -> `heartbeat`.
fn stem(what: &str) -> &str {
    what.trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end()
}

/// A duration as seconds, `2.000 s`; finer than a millisecond only when it has to be, so two times that
/// differ never print alike: `0.001240 s`.
pub fn seconds(d: Duration) -> String {
    match d.subsec_nanos() % 1_000_000 {
        0 => format!("{}.{:03} s", d.as_secs(), d.subsec_millis()),
        _ => format!("{}.{:06} s", d.as_secs(), d.subsec_micros()),
    }
}
