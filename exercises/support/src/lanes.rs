//! Lane charts: a timeline drawn as one lane per task on one axis of
//! virtual time, so that "3 s in a row" and "2 s at once" can be told apart
//! at a glance. Drawn from the recorded events only, never from wall time,
//! so a chart is the same on every run.

use std::time::Duration;

/// The widest chart, in columns.
const WIDTH: usize = 88;
/// The narrowest terminal a chart is drawn for; below it, the listing alone.
const NARROWEST: usize = 60;
/// The longest lane label; longer names are cut with `…`.
const LABEL: usize = 14;
/// The most lanes drawn per timeline; the rest are counted.
const MOST_LANES: usize = 8;

/// One event: when, and what was logged.
pub(crate) type Point<'a> = (Duration, &'a str);

/// The lane an event belongs to: the name before its first `:`, as in
/// `"inventory: start"`, else the whole line.
fn lane_of(what: &str) -> &str {
    what.split_once(':').map_or(what, |(name, _)| name.trim())
}

/// The characters a chart is drawn with.
struct Pen {
    bar: char,
    event: char,
    differs: char,
}

impl Pen {
    /// Block characters, or plain ASCII under `NO_COLOR`, `TERM=dumb` or
    /// `TASKLINGS_ASCII`.
    fn from_env() -> Pen {
        let plain = std::env::var_os("NO_COLOR").is_some()
            || std::env::var_os("TASKLINGS_ASCII").is_some()
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        if plain {
            Pen {
                bar: '-',
                event: 'o',
                differs: 'x',
            }
        } else {
            Pen {
                bar: '━',
                event: '●',
                differs: '✗',
            }
        }
    }
}

/// `yours` and `expected` as lanes, one above the other on the same axis,
/// with `✗` on each of your lanes that differs from the expected one.
/// Empty when there is nothing to draw or the terminal is too narrow.
pub(crate) fn chart(yours: &[Point<'_>], expected: &[Point<'_>]) -> String {
    chart_for(yours, expected, terminal_width(), &Pen::from_env())
}

fn chart_for(yours: &[Point<'_>], expected: &[Point<'_>], width: usize, pen: &Pen) -> String {
    if width < NARROWEST || (yours.is_empty() && expected.is_empty()) {
        return String::new();
    }
    draw(yours, Some(expected), width.min(WIDTH), pen)
}

/// One timeline alone as lanes; empty when it has no events or the
/// terminal is too narrow.
pub(crate) fn alone(points: &[Point<'_>]) -> String {
    let width = terminal_width();
    if width < NARROWEST || points.is_empty() {
        return String::new();
    }
    draw(points, None, width.min(WIDTH), &Pen::from_env())
}

fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(WIDTH)
}

fn draw(yours: &[Point<'_>], expected: Option<&[Point<'_>]>, width: usize, pen: &Pen) -> String {
    let names = lane_names(expected.unwrap_or_default(), yours);
    let label = names
        .iter()
        .map(|n| n.chars().count().min(LABEL))
        .max()
        .unwrap_or(0)
        .max("expected".len() - 2);
    // "  ✗ " + label + "  " + axis
    let axis = width.saturating_sub(label + 6).max(20);
    let end = yours
        .iter()
        .chain(expected.unwrap_or_default())
        .map(|(at, _)| *at)
        .max()
        .unwrap_or_default();
    let column = |at: Duration| -> usize {
        if end.is_zero() {
            0
        } else {
            ((at.as_secs_f64() / end.as_secs_f64()) * (axis - 1) as f64).round() as usize
        }
    };

    let mut out = format!(
        "Each task as a lane, first event to last ({} an event):\n",
        pen.event
    );
    out.push_str(&format!(
        "{:indent$}{}\n",
        "",
        ruler(end, axis),
        indent = label + 6
    ));
    let sections = match expected {
        Some(expected) => vec![
            ("yours", yours, Some(expected)),
            ("expected", expected, None),
        ],
        None => vec![("", yours, None)],
    };
    for (title, points, other) in sections {
        if !title.is_empty() {
            out.push_str(&format!("  {title}\n"));
        }
        for name in names.iter().take(MOST_LANES) {
            let mine: Vec<&Point<'_>> =
                points.iter().filter(|(_, w)| lane_of(w) == *name).collect();
            let differs = other.is_some_and(|other| {
                let theirs: Vec<&Point<'_>> =
                    other.iter().filter(|(_, w)| lane_of(w) == *name).collect();
                theirs != mine
            });
            let mark = if differs { pen.differs } else { ' ' };
            let mut row = vec![' '; axis];
            if let (Some(first), Some(last)) = (mine.first(), mine.last()) {
                for cell in &mut row[column(first.0)..=column(last.0)] {
                    *cell = pen.bar;
                }
                for (at, _) in &mine {
                    row[column(*at)] = pen.event;
                }
            }
            let row: String = row.into_iter().collect();
            let line = format!("  {mark} {:<label$}  {row}", cut(name));
            out.push_str(line.trim_end());
            out.push('\n');
        }
        if names.len() > MOST_LANES {
            out.push_str(&format!(
                "    ... and {} more lanes (see the listing)\n",
                names.len() - MOST_LANES
            ));
        }
    }
    out
}

/// The lanes, in the order they first appear: expected first, then any
/// that only yours has.
fn lane_names<'a>(expected: &[Point<'a>], yours: &[Point<'a>]) -> Vec<&'a str> {
    let mut names: Vec<&str> = Vec::new();
    for (_, what) in expected.iter().chain(yours) {
        let name = lane_of(what);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn cut(name: &str) -> String {
    if name.chars().count() <= LABEL {
        name.to_owned()
    } else {
        let kept: String = name.chars().take(LABEL - 1).collect();
        format!("{kept}…")
    }
}

/// A time on the ruler: seconds to two decimals at most, `0.75 s`, `2 s`.
fn tick(at: Duration) -> String {
    let text = format!("{:.2}", at.as_secs_f64());
    format!("{} s", text.trim_end_matches('0').trim_end_matches('.'))
}

/// Tick labels for `0` and `end`, and between them where they fit.
fn ruler(end: Duration, axis: usize) -> String {
    let mut line = vec![' '; axis];
    let mut put = |at: usize, text: &str| {
        let text: Vec<char> = text.chars().collect();
        let start = at.min(axis.saturating_sub(text.len()));
        if line[start..start + text.len()].iter().all(|c| *c == ' ') {
            line[start..start + text.len()].copy_from_slice(&text);
            true
        } else {
            false
        }
    };
    put(0, "0 s");
    if !end.is_zero() {
        put(axis - 1, &tick(end));
        let steps = 4;
        for step in 1..steps {
            let at = end.mul_f64(step as f64 / steps as f64);
            let col = ((step as f64 / steps as f64) * (axis - 1) as f64).round() as usize;
            let text = tick(at);
            put(col.saturating_sub(text.len() / 2), &text);
        }
    }
    line.into_iter().collect::<String>().trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    // An event mark no lane name here contains.
    const ASCII: Pen = Pen {
        bar: '-',
        event: '*',
        differs: 'x',
    };

    fn secs(n: u64) -> Duration {
        Duration::from_secs(n)
    }

    const TOGETHER: [Point<'static>; 5] = [
        (Duration::ZERO, "inventory: start"),
        (Duration::ZERO, "shipping: start"),
        (Duration::from_secs(1), "shipping: end"),
        (Duration::from_secs(2), "inventory: end"),
        (Duration::from_secs(2), "main: order ready"),
    ];

    fn lane<'a>(chart: &'a str, section: &str, name: &str) -> &'a str {
        let from = chart.find(&format!("  {section}\n")).expect("the section");
        chart[from..]
            .lines()
            .find(|l| l[4..].starts_with(name))
            .expect("the lane")
    }

    #[test]
    fn checks_in_turn_and_at_once_are_told_apart_on_one_axis() {
        let in_turn = [
            (secs(0), "inventory: start"),
            (secs(2), "inventory: end"),
            (secs(2), "shipping: start"),
            (secs(3), "shipping: end"),
            (secs(3), "main: order ready"),
        ];
        let chart = draw(&in_turn, Some(&TOGETHER), 60, &ASCII);
        let yours = lane(&chart, "yours", "shipping");
        let expected = lane(&chart, "expected", "shipping");
        assert!(yours.starts_with("  x "), "{chart}");
        assert!(expected.starts_with("    "), "{chart}");
        // Yours starts where expected has long ended: later on the axis.
        assert!(yours.find('*') > expected.rfind('*'), "{chart}");
        assert!(chart.lines().count() <= 12, "{chart}");
    }

    #[test]
    fn events_at_the_same_instant_share_a_column() {
        let chart = draw(&TOGETHER, Some(&TOGETHER), 60, &ASCII);
        let inventory = lane(&chart, "yours", "inventory");
        let shipping = lane(&chart, "yours", "shipping");
        assert_eq!(inventory.find('*'), shipping.find('*'), "{chart}");
        assert!(!chart.contains("  x "), "nothing differs:\n{chart}");
    }

    #[test]
    fn a_task_that_never_ends_is_drawn_to_its_last_event() {
        let cancelled = [
            (secs(0), "loyalty: start"),
            (secs(3), "loyalty: cancelled"),
            (secs(3), "main: done"),
        ];
        let chart = draw(&cancelled, Some(&cancelled), 60, &ASCII);
        assert!(lane(&chart, "yours", "loyalty").contains("*---"), "{chart}");
    }

    #[test]
    fn sub_second_events_and_long_names_fit() {
        let points = [
            (Duration::from_millis(0), "a-rather-long-task-name: start"),
            (Duration::from_millis(500), "monitor: report 2"),
            (Duration::from_millis(750), "a-rather-long-task-name: end"),
        ];
        let chart = draw(&points, Some(&points), 60, &ASCII);
        assert!(chart.contains("a-rather-long…  *"), "{chart}");
        assert!(chart.lines().all(|l| l.chars().count() <= 60), "{chart}");
        assert!(chart.contains("0.75 s"), "{chart}");
    }

    #[test]
    fn more_lanes_than_fit_are_counted() {
        let names: Vec<String> = (0..11).map(|i| format!("task{i}: start")).collect();
        let points: Vec<Point<'_>> = names.iter().map(|n| (secs(0), n.as_str())).collect();
        let chart = draw(&points, Some(&points), 60, &ASCII);
        assert!(chart.contains("... and 3 more lanes"), "{chart}");
    }

    #[test]
    fn a_single_event_and_an_empty_timeline() {
        let one = [(secs(0), "main: done")];
        let chart = draw(&one, Some(&one), 60, &ASCII);
        assert!(lane(&chart, "yours", "main").contains('*'), "{chart}");
        let empty = draw(&[], Some(&one), 60, &ASCII);
        assert!(lane(&empty, "yours", "main").starts_with("  x "), "{empty}");
    }

    #[test]
    fn a_terminal_narrower_than_60_columns_gets_the_listing_alone() {
        assert_eq!(chart_for(&TOGETHER, &TOGETHER, 59, &ASCII), "");
        let wide = chart_for(&TOGETHER, &TOGETHER, 200, &ASCII);
        assert!(wide.lines().all(|l| l.chars().count() <= WIDTH), "{wide}");
    }

    #[test]
    fn the_same_timeline_draws_the_same_chart_every_time() {
        let first = draw(&TOGETHER, Some(&TOGETHER), 88, &ASCII);
        for _ in 0..10 {
            assert_eq!(draw(&TOGETHER, Some(&TOGETHER), 88, &ASCII), first);
        }
    }
}
