//! The terminal: colours when it is one, and single-key input for watch
//! mode, through crossterm, so that both work the same on Linux, macOS and
//! Windows terminals.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::style::Stylize;
use crossterm::terminal;

/// True when stdout is a terminal that wants colours (`NO_COLOR` unset,
/// `TERM` not `dumb`).
pub fn colours() -> bool {
    std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none()
        && std::env::var_os("TERM").is_none_or(|term| term != "dumb")
}

pub fn green(text: &str) -> String {
    paint(text, |t| t.green().to_string())
}

pub fn red(text: &str) -> String {
    paint(text, |t| t.red().to_string())
}

pub fn yellow(text: &str) -> String {
    paint(text, |t| t.yellow().to_string())
}

pub fn bold(text: &str) -> String {
    paint(text, |t| t.bold().to_string())
}

fn paint(text: &str, style: impl Fn(&str) -> String) -> String {
    if colours() {
        style(text)
    } else {
        text.to_owned()
    }
}

/// `text` as it should reach stdout: test output carries colour codes
/// (pretty_assertions' diffs), which a file or a pipe should not get.
pub fn for_stdout(text: &str) -> String {
    if colours() {
        text.to_owned()
    } else {
        strip_colours(text)
    }
}

/// `text` without ANSI escape sequences (`ESC [ ... letter`).
pub fn strip_colours(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if c == '\x1b' {
            // A lone escape (yansi's `ESC ( B` resets): drop it and its next char.
            chars.next();
        } else {
            plain.push(c);
        }
    }
    plain
}

/// Clears the screen, on a terminal only.
pub fn clear() {
    let mut stdout = std::io::stdout();
    if stdout.is_terminal() {
        let _ = crossterm::execute!(
            stdout,
            terminal::Clear(terminal::ClearType::All),
            crossterm::cursor::MoveTo(0, 0)
        );
    }
}

/// Prints `text` and a line end. While single keys are on (raw mode), the
/// terminal no longer turns `\n` into a new line at the left edge, so each
/// line end is written as `\r\n`.
pub fn say(text: &str) {
    let text = if RAW.load(Ordering::Relaxed) {
        text.replace('\n', "\r\n") + "\r\n"
    } else {
        format!("{text}\n")
    };
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_all(text.as_bytes());
    let _ = stdout.flush();
}

/// A bar of `width` cells, `done` of `total` filled.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

/// True while [`SingleKeys`] has the terminal in raw mode.
static RAW: AtomicBool = AtomicBool::new(false);

/// A key, as watch mode reads it: a character, Enter as `\n`, Ctrl-C as 3,
/// Ctrl-D as 4.
pub type Key = u8;

/// While alive, the terminal hands over each key at once, without echo, and
/// Ctrl-C arrives as a key (so the terminal is put back before leaving).
/// Dropping it puts the terminal back as it was.
pub struct SingleKeys {
    raw: bool,
}

impl SingleKeys {
    pub fn enable() -> SingleKeys {
        let raw = std::io::stdin().is_terminal() && terminal::enable_raw_mode().is_ok();
        RAW.store(raw, Ordering::Relaxed);
        SingleKeys { raw }
    }
}

/// Calls `on_key` with each key pressed until it returns false or input
/// ends. On a terminal with [`SingleKeys`] on, the keys come one by one;
/// when stdin is a pipe or a file (a script, a test), each byte is a key.
pub fn read_keys(mut on_key: impl FnMut(Key) -> bool) {
    if RAW.load(Ordering::Relaxed) {
        while let Ok(event) = event::read() {
            let Some(key) = key_of(&event) else { continue };
            if !on_key(key) {
                return;
            }
        }
    } else {
        use std::io::Read;
        let mut stdin = std::io::stdin();
        let mut byte = [0u8];
        while let Ok(1) = stdin.read(&mut byte) {
            if !on_key(byte[0]) {
                return;
            }
        }
    }
}

fn key_of(event: &Event) -> Option<Key> {
    let Event::Key(key) = event else { return None };
    if key.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c') if ctrl => Some(3),
        KeyCode::Char('d') if ctrl => Some(4),
        KeyCode::Char(c) if c.is_ascii() => Some(c as u8),
        KeyCode::Enter => Some(b'\n'),
        KeyCode::Esc => Some(b'q'),
        _ => None,
    }
}

impl Drop for SingleKeys {
    fn drop(&mut self) {
        if self.raw {
            let _ = terminal::disable_raw_mode();
            RAW.store(false, Ordering::Relaxed);
        }
    }
}
