//! Comparing a whole timeline against the expected one, with teaching
//! messages for the mistakes a test knows how to recognise.

use std::fmt;
use std::time::Duration;

use crate::timeline::{Events, Timeline, seconds};

/// Set it (to anything) and every timeline a test checks is printed as
/// lanes, passing or not: what `cargo xtask timeline` does.
pub const DRAW_VARIABLE: &str = "TASKLINGS_LANES";

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
///
/// With [`DRAW_VARIABLE`] set, `check` also prints the timeline as lanes,
/// passing or not (`cargo xtask timeline`).
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

    /// Panics, with the diagnosis and the two timelines side by side,
    /// unless the timeline is exactly the expected one.
    #[track_caller]
    pub fn check(self) {
        if std::env::var_os(DRAW_VARIABLE).is_some() && !self.order_only {
            self.draw();
        }
        if self.matches() {
            return;
        }
        let lanes = match self.chart() {
            chart if chart.is_empty() => chart,
            chart => format!("{chart}\n"),
        };
        let explanation = match (self.diagnosis, self.lesson) {
            (Some(diagnosis), _) => format!("What went wrong: {diagnosis}"),
            (None, Some(lesson)) => format!("What to look at: {lesson}"),
            (None, None) => "The events differ from the expected ones.".to_owned(),
        };
        let yours: Vec<String> = lines(&self.actual, self.order_only)
            .iter()
            .map(ToString::to_string)
            .collect();
        let expected: Vec<String> = self.expected.iter().map(ToString::to_string).collect();
        let note = if self.order_only {
            " (this test runs on the real clock: only the order counts)"
        } else {
            ""
        };
        // On the paused clock, the times mean something: draw them as lanes.
        panic!(
            "{}\n\n{lanes}The timeline{note}, yours beside the expected one (✗ marks where they differ):\n\n{}",
            wrap(&explanation, 88),
            side_by_side(&yours, &expected)
        );
    }

    /// Prints this test's lanes, yours and expected, passing or not: what
    /// `cargo xtask timeline` shows.
    fn draw(&self) {
        let test = std::thread::current().name().unwrap_or("a test").to_owned();
        let verdict = if self.matches() {
            "as expected"
        } else {
            "not as expected"
        };
        println!("--- {test}: {verdict}\n{}", self.chart());
    }

    /// Yours and the expected timeline as lanes; empty on the real clock,
    /// where times mean nothing, or on a narrow terminal.
    fn chart(&self) -> String {
        if self.order_only {
            return String::new();
        }
        let mine: Vec<(Duration, &str)> = (self.actual.0.iter())
            .map(|e| (e.at, e.what.as_str()))
            .collect();
        let theirs: Vec<(Duration, &str)> = (self.expected.iter())
            .map(|Line(at, what)| (at.unwrap_or_default(), what.as_str()))
            .collect();
        crate::lanes::chart(&mine, &theirs)
    }

    fn matches(&self) -> bool {
        self.expected == lines(&self.actual, self.order_only)
    }
}

// An event without its task: what the expected timeline can state. The
// time is left out when only the order is compared.
#[derive(PartialEq, Eq)]
struct Line(Option<Duration>, String);

impl fmt::Display for Line {
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

/// Two columns, aligned where the timelines agree; a line only one of
/// them has, or a pair that differs, is marked with ✗. Timelines too wide
/// for two columns are listed one above the other instead.
fn side_by_side(yours: &[String], expected: &[String]) -> String {
    let steps = diff::slice(yours, expected);
    let widest = |lines: &[String]| lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    if widest(yours) + widest(expected) > 90 {
        return one_above_the_other(&steps);
    }
    let mut rows: Vec<(bool, &str, &str)> = Vec::new();
    let (mut only_yours, mut only_expected) = (Vec::new(), Vec::new());
    for step in steps {
        match step {
            diff::Result::Left(line) => only_yours.push(line.as_str()),
            diff::Result::Right(line) => only_expected.push(line.as_str()),
            diff::Result::Both(line, _) => {
                flush(&mut rows, &mut only_yours, &mut only_expected);
                rows.push((false, line.as_str(), line.as_str()));
            }
        }
    }
    flush(&mut rows, &mut only_yours, &mut only_expected);

    let width = widest(yours).max(5) + 4;
    let mut out = format!("     {:<width$}{}\n", "yours", "expected");
    for (differs, left, right) in rows {
        let mark = if differs { "✗" } else { " " };
        let row = format!("  {mark}  {left:<width$}{right}");
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out.trim_end().to_owned()
}

/// The two timelines as two lists, each line only one of them has marked ✗.
fn one_above_the_other(steps: &[diff::Result<&String>]) -> String {
    let mut yours = String::from("  yours:\n");
    let mut expected = String::from("  expected:\n");
    for step in steps {
        match step {
            diff::Result::Left(line) => yours.push_str(&format!("  ✗  {line}\n")),
            diff::Result::Right(line) => expected.push_str(&format!("  ✗  {line}\n")),
            diff::Result::Both(line, _) => {
                yours.push_str(&format!("     {line}\n"));
                expected.push_str(&format!("     {line}\n"));
            }
        }
    }
    format!("{yours}\n{expected}").trim_end().to_owned()
}

/// Pairs up the lines only one side has, as rows marked different.
fn flush<'a>(
    rows: &mut Vec<(bool, &'a str, &'a str)>,
    yours: &mut Vec<&'a str>,
    expected: &mut Vec<&'a str>,
) {
    for i in 0..yours.len().max(expected.len()) {
        let left = yours.get(i).copied().unwrap_or("");
        let right = expected.get(i).copied().unwrap_or("");
        rows.push((true, left, right));
    }
    yours.clear();
    expected.clear();
}

/// `text` broken into lines of at most `width` characters, at spaces.
pub(crate) fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_length = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let length = word.chars().count();
        if line_length > 0 && line_length + 1 + length > width {
            out.push('\n');
            line_length = 0;
        } else if line_length > 0 {
            out.push(' ');
            line_length += 1;
        }
        out.push_str(word);
        line_length += length;
    }
    out
}

impl Expectation {
    /// A known wrong answer of one kind: every event came at the expected
    /// time (or, on the real clock, there are as many events as expected) but
    /// some line says something else, so the timing is right and only the
    /// words are not. Like [`Expectation::mistake`], the first match wins:
    /// call it after the specific mistakes, before
    /// [`lesson`](Expectation::lesson), so that a student whose timing is right
    /// is not told to change what already works.
    pub fn mistake_in_words(mut self, message: &str) -> Self {
        let same_times = self.expected.len() == self.actual.0.len()
            && self
                .expected
                .iter()
                .zip(&self.actual.0)
                .all(|(line, event)| line.0.is_none_or(|at| at == event.at));
        if self.diagnosis.is_none() && !self.matches() && same_times {
            self.diagnosis = Some(message.to_owned());
        }
        self
    }
}
