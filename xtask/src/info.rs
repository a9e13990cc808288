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
    pub fn load(root: &Path) -> Result<Info, Error> {
        let path = root.join(INFO_FILE);
        let text = fs::read_to_string(&path)
            .map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))?;
        Info::parse(root, &text).map_err(|e| Error::new(format!("{INFO_FILE} is malformed: {e}")))
    }

    pub fn parse(root: &Path, text: &str) -> Result<Info, String> {
        let table: Table = text.parse().map_err(|e: toml::de::Error| e.to_string())?;
        let concepts = array(&table, "concept", "the file")?
            .iter()
            .map(|c| {
                let c = as_table(c, "a [[concept]]")?;
                Ok(Concept {
                    dir: string(c, "dir", "a [[concept]]")?,
                    package: string(c, "package", "a [[concept]]")?,
                    title: string(c, "title", "a [[concept]]")?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;

        let mut exercises = Vec::new();
        for value in array(&table, "exercise", "the file")? {
            let e = as_table(value, "an [[exercise]]")?;
            let name = string(e, "name", "an [[exercise]]")?;
            let at = format!("exercise {name:?}");
            let concept_dir = string(e, "concept", &at)?;
            let concept = concepts
                .iter()
                .find(|c| c.dir == concept_dir)
                .ok_or_else(|| {
                    format!("{at} names concept {concept_dir:?}, which no [[concept]] has")
                })?
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
            exercises.push(Exercise {
                title: string(e, "title", &at)?,
                grade: string(e, "grade", &at)?,
                hint: string(e, "hint", &at)?,
                points,
                mistakes,
                variants,
                concept,
                name,
            });
        }
        Ok(Info {
            root: root.to_owned(),
            concepts,
            exercises,
        })
    }

    pub fn exercises_of<'a>(&'a self, concept: &'a Concept) -> impl Iterator<Item = &'a Exercise> {
        self.exercises
            .iter()
            .filter(move |e| e.concept.dir == concept.dir)
    }

    pub fn find(&self, name: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.name == name)
    }
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
