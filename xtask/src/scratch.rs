//! Scratch packages under the cargo target directory in use: generated
//! sources that `check` builds beside the workspace without touching it, so
//! an interrupted check leaves no trace in the checkout.

use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

use crate::Error;
use crate::info::Concept;

/// `<target dir>/tasklings/<name>`: the folder of one scratch package.
pub fn dir(root: &Path, name: &str) -> PathBuf {
    crate::run::target_dir(root).join("tasklings").join(name)
}

/// The dependencies of every solution crate, with `workspace = true`
/// resolved from the workspace's `[workspace.dependencies]` and path
/// dependencies made absolute: what a scratch package needs to build the
/// solutions' code and the exercises' tests outside the workspace.
pub fn solution_dependencies(root: &Path, concepts: &[Concept]) -> Result<Table, Error> {
    let manifests: Vec<PathBuf> = concepts
        .iter()
        .map(|c| c.solution_dir(root).join("Cargo.toml"))
        .collect();
    dependencies(root, &manifests)
}

/// The dependencies (and dev-dependencies) of the crates at `manifests`,
/// resolved as [`solution_dependencies`] says, in one table.
pub fn dependencies(root: &Path, manifests: &[PathBuf]) -> Result<Table, Error> {
    let workspace = parse_toml(&root.join("Cargo.toml"))?;
    let shared = workspace
        .get("workspace")
        .and_then(|w| w.get("dependencies"))
        .and_then(Value::as_table);
    let mut resolved = Table::new();
    for manifest in manifests {
        let manifest = parse_toml(manifest)?;
        for section in ["dependencies", "dev-dependencies"] {
            let Some(deps) = manifest.get(section).and_then(Value::as_table) else {
                continue;
            };
            for (name, spec) in deps {
                let inherits = spec.get("workspace").and_then(Value::as_bool) == Some(true);
                let spec = match (inherits, shared.and_then(|s| s.get(name))) {
                    (true, Some(shared)) => shared.clone(),
                    (true, None) => {
                        return Err(Error::new(format!(
                            "{name} is not in [workspace.dependencies]"
                        )));
                    }
                    (false, _) => spec.clone(),
                };
                resolved.insert(name.clone(), absolute_paths(root, spec));
            }
        }
    }
    Ok(resolved)
}

/// How much debug info a scratch package's own code gets.
#[derive(Clone, Copy)]
pub enum DebugInfo {
    /// The workspace's: a student may want a backtrace from it.
    AsTheWorkspace,
    /// None: only xtask runs its binaries.
    None,
}

/// A scratch package's manifest: `package` and `sections` (its targets and
/// dependencies), in a workspace of its own, with the workspace's profile
/// so that the dependencies already built are reused.
fn manifest(
    root: &Path,
    name: &str,
    sections: Table,
    debug_info: DebugInfo,
) -> Result<String, Error> {
    let mut package = Table::new();
    package.insert("name".into(), name.into());
    package.insert("version".into(), "0.0.0".into());
    package.insert("edition".into(), "2024".into());
    package.insert("publish".into(), false.into());
    package.insert("autotests".into(), false.into());
    package.insert("autolib".into(), false.into());
    // The workspace's oldest Rust: clippy suggests nothing newer.
    if let Some(version) = workspace_package_field(root, "rust-version")? {
        package.insert("rust-version".into(), version);
    }
    let mut manifest = Table::new();
    manifest.insert("package".into(), package.into());
    manifest.extend(sections);
    let mut profile = workspace_profile(root)?.unwrap_or_else(|| Table::new().into());
    // A package whose binaries are only run by xtask, never debugged, needs
    // no debug info, and its binaries are the biggest files in target/.
    // Only this package's setting changes, so the dependencies are shared.
    if let (DebugInfo::None, Some(profile)) = (debug_info, profile.as_table_mut()) {
        let dev = profile.entry("dev").or_insert_with(|| Table::new().into());
        if let Some(dev) = dev.as_table_mut() {
            let packages = dev.entry("package").or_insert_with(|| Table::new().into());
            if let Some(packages) = packages.as_table_mut() {
                let mut own = Table::new();
                own.insert("debug".into(), false.into());
                packages.insert(name.into(), own.into());
            }
        }
    }
    manifest.insert("profile".into(), profile);
    // Its own workspace: a scratch package is not a member of ours.
    manifest.insert("workspace".into(), Table::new().into());
    Ok(format!(
        "# Written by `cargo xtask`; rewritten on every run.\n{manifest}"
    ))
}

/// Writes a scratch package's `Cargo.toml` (see [`manifest`]) and the
/// workspace's `Cargo.lock` into `dir`, so it builds with the same versions;
/// the path of the manifest.
pub fn write_package(
    root: &Path,
    dir: &Path,
    name: &str,
    sections: Table,
    debug_info: DebugInfo,
) -> Result<PathBuf, Error> {
    let path = dir.join("Cargo.toml");
    write_if_changed(&path, &manifest(root, name, sections, debug_info)?)?;
    write_if_changed(&dir.join("Cargo.lock"), &read(&root.join("Cargo.lock"))?)?;
    Ok(path)
}

/// The workspace's `[profile]` table, if it has one: a scratch package
/// built with the same settings reuses the dependencies already built.
pub fn workspace_profile(root: &Path) -> Result<Option<Value>, Error> {
    Ok(parse_toml(&root.join("Cargo.toml"))?
        .get("profile")
        .cloned())
}

/// A field of the workspace's `[workspace.package]`, if it is set.
fn workspace_package_field(root: &Path, field: &str) -> Result<Option<Value>, Error> {
    Ok(parse_toml(&root.join("Cargo.toml"))?
        .get("workspace")
        .and_then(|w| w.get("package"))
        .and_then(|p| p.get(field))
        .cloned())
}

/// The workspace's `[workspace.lints]` table, if it has one: a scratch
/// package's `[lints]`, so its code is held to the same lints.
pub fn workspace_lints(root: &Path) -> Result<Option<Value>, Error> {
    Ok(parse_toml(&root.join("Cargo.toml"))?
        .get("workspace")
        .and_then(|w| w.get("lints"))
        .cloned())
}

/// The library name both the exercise and the solution crates share.
pub fn lib_name(concept: &Concept) -> String {
    concept.package.replace('-', "_")
}

/// A path as a Rust string literal that works in `#[path = ...]` on every
/// platform: forward slashes, quotes escaped.
pub fn path_literal(path: &Path) -> String {
    format!("{:?}", path.to_string_lossy().replace('\\', "/"))
}

fn absolute_paths(root: &Path, spec: Value) -> Value {
    match spec {
        Value::Table(mut table) => {
            if let Some(path) = table.get("path").and_then(Value::as_str) {
                let absolute = root.join(path).to_string_lossy().into_owned();
                table.insert("path".into(), absolute.into());
            }
            Value::Table(table)
        }
        other => other,
    }
}

fn parse_toml(path: &Path) -> Result<Table, Error> {
    read(path)?
        .parse()
        .map_err(|e| Error::new(format!("{} is not valid TOML: {e}", path.display())))
}

pub fn read(path: &Path) -> Result<String, Error> {
    fs::read_to_string(path).map_err(|e| Error::new(format!("cannot read {}: {e}", path.display())))
}

/// Writes `text` unless the file already holds it, so that cargo rebuilds
/// only what changed.
pub fn write_if_changed(path: &Path, text: &str) -> Result<(), Error> {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)
            .map_err(|e| Error::new(format!("cannot create {}: {e}", parent.display())))?;
    }
    fs::write(path, text).map_err(|e| Error::new(format!("cannot write {}: {e}", path.display())))
}
