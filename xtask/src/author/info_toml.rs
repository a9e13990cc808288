//! Adding entries to `exercises/info.toml` where they belong, as text, so
//! that its comments and layout stay as the author wrote them.

use std::path::Path;

use crate::Error;
use crate::info::INFO_FILE;
use crate::scratch::{read, write_if_changed};

/// Inserts `entry` (TOML text) right after the last line that belongs to
/// the `[[exercise]]` named `after` (its own lines, mistakes and variants),
/// or after the last exercise whose concept is `concept` when `after` is
/// `None`; at the end of the file if there is none.
pub fn insert(root: &Path, concept: &str, after: Option<&str>, entry: &str) -> Result<(), Error> {
    let path = root.join(INFO_FILE);
    let text = read(&path)?;
    let lines: Vec<&str> = text.lines().collect();
    // Each [[exercise]] block runs to the next [[exercise]] or [[concept]].
    let mut end_of_chosen: Option<usize> = None;
    let mut block: Option<(String, String)> = None;
    for (i, line) in lines.iter().enumerate() {
        let header = line.trim_start();
        if header.starts_with("[[exercise]]") || header.starts_with("[[concept]]") {
            block = header
                .starts_with("[[exercise]]")
                .then(|| (String::new(), String::new()));
        }
        if let Some((name, dir)) = &mut block {
            if let Some(value) = string_value(line, "name") {
                *name = value;
            }
            if let Some(value) = string_value(line, "concept") {
                *dir = value;
            }
            let chosen = match after {
                Some(after) => name == after,
                None => dir == concept,
            };
            if chosen && !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                end_of_chosen = Some(i);
            }
        }
    }
    let at = end_of_chosen.map_or(lines.len(), |i| i + 1);
    let mut out: Vec<String> = lines[..at].iter().map(|l| (*l).to_owned()).collect();
    out.push(String::new());
    out.extend(entry.trim_end().lines().map(str::to_owned));
    if at < lines.len() {
        out.push(String::new());
        let rest = lines[at..].iter().skip_while(|l| l.trim().is_empty());
        out.extend(rest.map(|l| (*l).to_owned()));
    }
    write_if_changed(&path, &(out.join("\n") + "\n"))
}

/// `value` from a line `key = "value"`.
fn string_value(line: &str, key: &str) -> Option<String> {
    let (k, v) = line.split_once('=')?;
    (k.trim() == key).then(|| v.trim().trim_matches('"').to_owned())
}
