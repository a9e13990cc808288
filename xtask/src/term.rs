//! The terminal: colours when it is one, and single-key input for watch mode.

use std::io::IsTerminal;
use std::process::{Command, Stdio};

/// True when stdout is a terminal that wants colours (NO_COLOR unset).
pub fn colours() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

pub fn green(text: &str) -> String {
    paint("32", text)
}

pub fn red(text: &str) -> String {
    paint("31", text)
}

pub fn yellow(text: &str) -> String {
    paint("33", text)
}

pub fn bold(text: &str) -> String {
    paint("1", text)
}

fn paint(code: &str, text: &str) -> String {
    if colours() {
        format!("\x1b[{code}m{text}\x1b[0m")
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
    if std::io::stdout().is_terminal() {
        print!("\x1b[2J\x1b[H");
    }
}

/// A bar of `width` cells, `done` of `total` filled.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(0);
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

/// While alive, the terminal hands over each key at once, without echo, and
/// Ctrl-C arrives as a key (so we can restore the terminal before leaving).
/// Dropping it puts the terminal back as it was.
pub struct SingleKeys {
    saved: Option<String>,
}

impl SingleKeys {
    pub fn enable() -> SingleKeys {
        if !std::io::stdin().is_terminal() {
            return SingleKeys { saved: None };
        }
        let saved = stty(&["-g"]).filter(|s| !s.is_empty());
        if saved.is_some() {
            stty(&["-icanon", "-echo", "-isig", "min", "1"]);
        }
        SingleKeys { saved }
    }
}

impl Drop for SingleKeys {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            stty(&[saved.as_str()]);
        }
    }
}

fn stty(args: &[&str]) -> Option<String> {
    let output = Command::new("stty")
        .args(args)
        .stdin(Stdio::inherit())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
