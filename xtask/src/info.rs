//! The exercise list, read from `exercises/info.toml`: the one place that
//! says which exercises exist, in which order, and what each is worth.

use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::Error;
use crate::catalog::Kind;

pub const INFO_FILE: &str = "exercises/info.toml";

#[derive(Debug, Clone)]
pub struct Concept {
    /// Folder under `exercises/` and `solutions/`, for example `01-spawning`.
    pub dir: String,
    /// The exercise package; its solution package is `<package>-solution`.
    pub package: String,
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Exercise {
    pub name: String,
    pub concept: Concept,
    pub title: String,
    pub grade: String,
    pub points: u32,
    pub hint: String,
    pub mistakes: Vec<Mistake>,
    pub variants: Vec<Variant>,
}

/// A catalogued wrong answer: a patch against the solution that the tests
/// must reject, with a message that names it.
#[derive(Debug, Clone)]
pub struct Mistake {
    /// Patch file name under `solutions/<dir>/mistakes/<exercise>/`.
    pub file: String,
    /// The test that must fail when the patch is applied to the solution.
    pub fails: String,
    /// Words that test's failure message must contain: the diagnosis of
    /// this very mistake, so that another diagnosis cannot shadow it.
    /// `None` only in a malformed entry, which `check` reports.
    pub phrase: Option<String>,
}

/// A catalogued accepted variant: a correct answer written differently from
/// the solution, as a patch against it, that every test must accept.
#[derive(Debug, Clone)]
pub struct Variant {
    /// Patch file name under `solutions/<dir>/variants/<exercise>/`.
    pub file: String,
}

#[derive(Debug)]
pub struct Info {
    pub root: PathBuf,
    pub concepts: Vec<Concept>,
    pub exercises: Vec<Exercise>,
    /// Entries left out because they are malformed, one line each.
    pub problems: Vec<String>,
}

impl Concept {
    pub fn solution_package(&self) -> String {
        format!("{}-solution", self.package)
    }
    pub fn exercise_dir(&self, root: &Path) -> PathBuf {
        root.join("exercises").join(&self.dir)
    }
    pub fn solution_dir(&self, root: &Path) -> PathBuf {
        root.join("solutions").join(&self.dir)
    }
}

impl Exercise {
    pub fn stub(&self, root: &Path) -> PathBuf {
        self.concept
            .exercise_dir(root)
            .join("src")
            .join(format!("{}.rs", self.name))
    }
    pub fn test_file(&self, root: &Path) -> PathBuf {
        self.concept
            .exercise_dir(root)
            .join("tests")
            .join(format!("{}.rs", self.name))
    }
    pub fn solution(&self, root: &Path) -> PathBuf {
        self.concept
            .solution_dir(root)
            .join("src")
            .join(format!("{}.rs", self.name))
    }
    /// Where its catalogued answers of one kind live.
    pub fn catalog_dir(&self, root: &Path, kind: Kind) -> PathBuf {
        self.concept
            .solution_dir(root)
            .join(kind.folder())
            .join(&self.name)
    }
    /// The command a student runs from the concept folder.
    pub fn test_command(&self) -> String {
        format!("cargo test --test {}", self.name)
    }
}

impl Info {
    /// Reads the metadata. An entry that is malformed is left out and named
    /// in [`Info::problems`], so one bad edit does not stop every student
    /// command; only a file that cannot be read, or one with no usable
    /// concept or exercise at all, is an error.
    pub fn load(root: &Path) -> Result<Info, Error> {
        let path = root.join(INFO_FILE);
        let text = fs::read_to_string(&path)
            .map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))?;
        let info = Info::parse(root, &text);
        if info.concepts.is_empty() || info.exercises.is_empty() {
            return Err(Error::new(format!(
                "{INFO_FILE} is malformed: {}",
                if info.problems.is_empty() {
                    "it lists no [[concept]] or no [[exercise]]".to_owned()
                } else {
                    info.problems.join("; ")
                }
            )));
        }
        Ok(info)
    }

    /// Parses the metadata entry by entry: each `[[concept]]` and each
    /// `[[exercise]]` (with its mistakes and variants) is a TOML document of
    /// its own, so even a syntax error costs only the entry it is in.
    pub fn parse(root: &Path, text: &str) -> Info {
        let mut problems = Vec::new();
        let mut concepts = Vec::new();
        let mut exercise_tables = Vec::new();
        for (line, chunk) in entries(text) {
            let table: Table = match chunk.parse() {
                Ok(table) => table,
                Err(e) => {
                    let e: toml::de::Error = e;
                    problems.push(format!(
                        "{INFO_FILE}, the entry at line {line}: {}",
                        e.message()
                    ));
                    continue;
                }
            };
            if let Some(list) = table.get("concept").and_then(Value::as_array) {
                for c in list {
                    match concept(c) {
                        Ok(c) => concepts.push(c),
                        Err(e) => problems.push(format!("{INFO_FILE}, line {line}: {e}")),
                    }
                }
            }
            if let Some(list) = table.get("exercise").and_then(Value::as_array) {
                exercise_tables.extend(list.iter().map(|e| (line, e.clone())));
            }
        }

        let mut exercises: Vec<Exercise> = Vec::new();
        for (line, value) in &exercise_tables {
            match exercise(value, &concepts) {
                Ok(e) if exercises.iter().any(|x| x.name == e.name) => problems.push(format!(
                    "{INFO_FILE}, line {line}: exercise {:?} is listed twice",
                    e.name
                )),
                Ok(e) => exercises.push(e),
                Err(e) => problems.push(format!("{INFO_FILE}, line {line}: {e}")),
            }
        }
        Info {
            root: root.to_owned(),
            concepts,
            exercises,
            problems,
        }
    }

    pub fn exercises_of<'a>(&'a self, concept: &'a Concept) -> impl Iterator<Item = &'a Exercise> {
        self.exercises
            .iter()
            .filter(move |e| e.concept.dir == concept.dir)
    }

    pub fn find(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }

    /// Tells a student about the entries left out, in a line each, before
    /// going on without them.
    pub fn warn_about_problems(&self) {
        for problem in &self.problems {
            eprintln!("warning: {problem}; that entry is left out");
        }
    }
}

/// The file cut into its entries, each with the line it starts on: a new
/// entry starts at every `[[concept]]` or `[[exercise]]` header.
fn entries(text: &str) -> Vec<(usize, String)> {
    let mut entries: Vec<(usize, String)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let header = line.trim_start();
        if header.starts_with("[[concept]]")
            || header.starts_with("[[exercise]]")
            || entries.is_empty()
        {
            entries.push((n + 1, String::new()));
        }
        if let Some((_, chunk)) = entries.last_mut() {
            chunk.push_str(line);
            chunk.push('\n');
        }
    }
    entries
}

fn concept(value: &Value) -> Result<Concept, String> {
    let c = as_table(value, "a [[concept]]")?;
    Ok(Concept {
        dir: string(c, "dir", "a [[concept]]")?,
        package: string(c, "package", "a [[concept]]")?,
        title: string(c, "title", "a [[concept]]")?,
    })
}

fn exercise(value: &Value, concepts: &[Concept]) -> Result<Exercise, String> {
    let e = as_table(value, "an [[exercise]]")?;
    let name = string(e, "name", "an [[exercise]]")?;
    let at = format!("exercise {name:?}");
    let concept_dir = string(e, "concept", &at)?;
    let concept = concepts
        .iter()
        .find(|c| c.dir == concept_dir)
        .ok_or_else(|| format!("{at} names concept {concept_dir:?}, which no [[concept]] has"))?
        .clone();
    let points = e
        .get("points")
        .and_then(Value::as_integer)
        .and_then(|p| u32::try_from(p).ok())
        .ok_or_else(|| format!("{at} needs `points`, a whole number"))?;
    let mistakes = match e.get("mistake") {
        None => Vec::new(),
        Some(_) => array(e, "mistake", &at)?
            .iter()
            .map(|m| {
                let m = as_table(m, &at)?;
                let what = format!("a mistake of {at}");
                Ok(Mistake {
                    file: string(m, "file", &what)?,
                    fails: string(m, "fails", &what)?,
                    phrase: string(m, "phrase", &what).ok(),
                })
            })
            .collect::<Result<_, String>>()?,
    };
    let variants = match e.get("variant") {
        None => Vec::new(),
        Some(_) => array(e, "variant", &at)?
            .iter()
            .map(|v| {
                let v = as_table(v, &at)?;
                Ok(Variant {
                    file: string(v, "file", &format!("a variant of {at}"))?,
                })
            })
            .collect::<Result<_, String>>()?,
    };
    Ok(Exercise {
        title: string(e, "title", &at)?,
        grade: string(e, "grade", &at)?,
        hint: string(e, "hint", &at)?,
        points,
        mistakes,
        variants,
        concept,
        name,
    })
}

fn array<'a>(table: &'a Table, key: &str, at: &str) -> Result<&'a Vec<Value>, String> {
    table
        .get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{at} needs a list of [[{key}]]"))
}

fn as_table<'a>(value: &'a Value, at: &str) -> Result<&'a Table, String> {
    value
        .as_table()
        .ok_or_else(|| format!("{at} must be a table"))
}

fn string(table: &Table, key: &str, at: &str) -> Result<String, String> {
    match table.get(key).and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => Ok(s.trim().to_owned()),
        _ => Err(format!("{at} needs `{key}`, a non-empty string")),
    }
}
