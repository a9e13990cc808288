//! Comparing a whole timeline against the expected one, with teaching
//! messages for the mistakes a test knows how to recognise.

use std::fmt;
use std::time::Duration;

use crate::timeline::{Events, Timeline, seconds};

/// `n` whole seconds of virtual time.
pub const fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// `n` milliseconds of virtual time.
pub const fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// What a test expects of a timeline; built by [`Timeline::expect`] and
/// decided by [`Expectation::check`].
#[must_use = "an expectation asserts nothing until you call .check()"]
pub struct Expectation {
    expected: Vec<Line>,
    actual: Events,
    diagnosis: Option<String>,
    lesson: Option<String>,
    // Compare the order of events only (a test on the real clock).
    order_only: bool,
}

impl Timeline {
    /// Expects exactly these events, in this order, at these virtual times.
    pub fn expect(&self, expected: &[(Duration, &str)]) -> Expectation {
        Expectation {
            expected: expected
                .iter()
                .map(|&(at, what)| Line(Some(at), what.to_owned()))
                .collect(),
            actual: self.events(),
            diagnosis: None,
            lesson: None,
            order_only: false,
        }
    }

    /// Expects exactly these events, in this order, at whatever times: for a
    /// test on the real clock ([`multi_thread`](crate::multi_thread)), where
    /// times vary from run to run and only the order can be forced.
    pub fn expect_order(&self, expected: &[&str]) -> Expectation {
        Expectation {
            expected: expected
                .iter()
                .map(|&what| Line(None, what.to_owned()))
                .collect(),
            actual: self.events(),
            diagnosis: None,
            lesson: None,
            order_only: true,
        }
    }
}

impl Expectation {
    /// A known wrong answer: if the timeline is wrong and `happened` is true
    /// of it, the failure opens with `message`. The first match wins.
    pub fn mistake(mut self, happened: impl FnOnce(&Events) -> bool, message: &str) -> Self {
        if self.diagnosis.is_none() && !self.matches() && happened(&self.actual) {
            self.diagnosis = Some(message.to_owned());
        }
        self
    }

    /// What this timeline teaches; shown on any failure no mistake explains.
    pub fn lesson(mut self, message: &str) -> Self {
        self.lesson = Some(message.to_owned());
        self
    }

    /// Panics, with the diagnosis and a side-by-side diff, unless the
    /// timeline is exactly the expected one.
    #[track_caller]
    pub fn check(self) {
        if self.matches() {
            return;
        }
        let explanation = match (self.diagnosis, self.lesson) {
            (Some(diagnosis), _) => format!("What went wrong: {diagnosis}"),
            (None, Some(lesson)) => format!("What to look at: {lesson}"),
            (None, None) => "The events differ from the expected ones.".to_owned(),
        };
        let actual = lines(&self.actual, self.order_only);
        let shape = if self.order_only {
            "as `event` (this test runs on the real clock: only the order counts)"
        } else {
            "as `time  event`"
        };
        pretty_assertions::assert_eq!(
            self.expected,
            actual,
            "\n\n{explanation}\n\nThe timeline, expected (left, <) against yours (right, >), {shape}:"
        );
    }

    fn matches(&self) -> bool {
        self.expected == lines(&self.actual, self.order_only)
    }
}

// An event without its task: what the expected timeline can state. The
// time is left out when only the order is compared.
#[derive(PartialEq, Eq)]
struct Line(Option<Duration>, String);

impl fmt::Debug for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(at) => write!(f, "{}  {}", seconds(at), self.1),
            None => write!(f, "{}", self.1),
        }
    }
}

fn lines(events: &Events, order_only: bool) -> Vec<Line> {
    events
        .0
        .iter()
        .map(|e| Line((!order_only).then_some(e.at), e.what.clone()))
        .collect()
}
