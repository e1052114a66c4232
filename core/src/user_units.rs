//! A person's own units: a file of `NAME = EXPRESSION` lines (`smoot = 67 in`, `#`
//! comments), or of the full `.units` format, checked line by line against the units
//! already known and turned into a layer of definitions in the `.units` format.
//!
//! A file is all or nothing: the first bad line is an error of kind `definition` that
//! carries its line number, and nothing of the file is used. A name that already means a
//! unit is refused (no silent shadowing), and so are definitions that refer to each other
//! in a circle. Short-form units join the category of their dimension (`smoot` is a
//! length); a dimension without a category gets one of its own.

use std::cell::RefCell;
use std::ops::Range;

use crate::case::fold;
use crate::definitions::Records;
use crate::dimension::Dimension;
use crate::error::{DefinitionError, UnitError};
use crate::eval::{eval, Resolver, UnitSpec};
use crate::number::Number;
use crate::syntax::{tokenize, Parser};
use crate::language::Language;
use crate::table::UnitTable;

/// One definition of the file.
struct Definition {
    /// 1-based line number.
    line: usize,
    /// The name it is reported under (the short form's name, a record's id).
    name: String,
    /// Every name it may be typed as.
    names: Vec<String>,
    /// `base DIMENSION`, or an expression, optionally `@ OFFSET`.
    definition: String,
}

#[derive(Clone)]
enum State {
    Todo,
    Busy,
    Done(Number, Dimension),
}

/// The units known before this file, minus those of the file's previous version (when it
/// is loaded again after an edit), which it replaces.
pub(crate) struct Known<'a> {
    /// The table of the registry the file is added to.
    pub table: &'a UnitTable,
    /// Indices of units to ignore (the file's previous version).
    pub hidden_units: Range<usize>,
    /// Indices of categories to ignore (those the previous version created).
    pub hidden_categories: Range<usize>,
}

impl<'a> Known<'a> {
    fn visible(&self, unit: usize) -> bool {
        !self.hidden_units.contains(&unit)
    }

    /// Whether `name` already means a unit, by name, prefixed name or id.
    fn taken(&self, name: &str) -> bool {
        let by_name = self.table.lookup(name).map_or(false, |r| self.visible(r.unit));
        by_name || self.table.unit_by_id(name).is_some()
    }
}

/// Checks one definition after another, resolving names of the file first, then the
/// known units; remembers the first error with its line.
struct Checker<'a, 'k> {
    known: &'a Known<'k>,
    defs: &'a [Definition],
    state: RefCell<Vec<State>>,
    failure: RefCell<Option<UnitError>>,
}

fn definition_error(e: DefinitionError) -> UnitError {
    UnitError::plain(e)
}

impl<'a, 'k> Checker<'a, 'k> {
    fn find(&self, name: &str) -> Option<usize> {
        self.defs
            .iter()
            .position(|d| d.names.iter().any(|n| n == name))
            .or_else(|| {
                let folded = fold(name);
                self.defs.iter().position(|d| d.names.iter().any(|n| fold(n) == folded))
            })
    }

    fn resolve_index(&self, i: usize) -> Result<(Number, Dimension), UnitError> {
        let current = self.state.borrow()[i].clone();
        let d = &self.defs[i];
        match current {
            State::Done(f, dim) => return Ok((f, dim)),
            State::Busy => return Err(definition_error(DefinitionError::Cycle { line: d.line, name: d.name.clone() })),
            State::Todo => {}
        }
        self.state.borrow_mut()[i] = State::Busy;
        let (factor, dim) = self.evaluate(d)?;
        self.state.borrow_mut()[i] = State::Done(factor, dim);
        Ok((factor, dim))
    }

    fn evaluate(&self, d: &Definition) -> Result<(Number, Dimension), UnitError> {
        let invalid = |reason: String| definition_error(DefinitionError::Invalid { line: d.line, name: d.name.clone(), reason });
        if let Some(dim_name) = d.definition.strip_prefix("base ") {
            return Dimension::base(dim_name.trim())
                .map(|dim| (Number::ONE, dim))
                .ok_or_else(|| invalid(format!("\"{}\" is not a base dimension.", dim_name.trim())));
        }
        let (linear, offset) = match d.definition.split_once('@') {
            Some((l, o)) => (l.trim(), Some(o.trim())),
            None => (d.definition.trim(), None),
        };
        let (factor, dim) = self.expression(d, linear)?;
        if factor.is_zero() {
            return Err(invalid("its size is zero.".to_string()));
        }
        if let Some(o) = offset {
            let (_, odim) = self.expression(d, o)?;
            if !odim.is_none() {
                return Err(invalid("the offset after \"@\" must be a plain number.".to_string()));
            }
        }
        Ok((factor, dim))
    }

    fn expression(&self, d: &Definition, text: &str) -> Result<(Number, Dimension), UnitError> {
        let result = tokenize(text).and_then(|toks| {
            let expr = Parser::new(&toks, text.chars().count()).parse_all()?;
            eval(&expr, self)
        });
        match result {
            Ok(v) => Ok((v.num, v.dim)),
            Err(e) => {
                // A definition further down failed: its own error, with its line, is the one.
                if let Some(inner) = self.failure.borrow_mut().take() {
                    return Err(inner);
                }
                Err(if e.code() == "unknown_unit" {
                    definition_error(DefinitionError::UnknownUnit { line: d.line, name: d.name.clone(), unit: e.offending.clone() })
                } else {
                    definition_error(DefinitionError::Invalid { line: d.line, name: d.name.clone(), reason: e.message.clone() })
                })
            }
        }
    }
}

impl<'a, 'k> Resolver for Checker<'a, 'k> {
    fn resolve(&self, name: &str, pos: usize) -> Result<UnitSpec, UnitError> {
        if let Some(i) = self.find(name) {
            let (factor, dim) = self.resolve_index(i).map_err(|e| {
                *self.failure.borrow_mut() = Some(e);
                UnitError::unknown_unit(name, Some(pos), Vec::new())
            })?;
            return Ok(UnitSpec { factor, dim, offset: None, reciprocal: false });
        }
        match self.known.table.lookup_name(name) {
            Some(r) if self.known.visible(r.unit) => Ok(self.known.table.resolve_ref(r)),
            _ => Err(UnitError::unknown_unit(name, Some(pos), Vec::new())),
        }
    }
}

/// Whether `name` can be a short-form unit name: a word of letters, digits and `_` that
/// starts with a letter (or one of the unit signs people use, such as `µ` or `°`).
fn is_word(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || matches!(c, '_' | '°' | 'µ') => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_')
}

fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or("")
}

/// Whether the text is in the full `.units` format rather than `NAME = EXPRESSION` lines.
fn is_units_format(text: &str) -> bool {
    text.lines().map(|l| strip_comment(l).trim()).any(|l| l.starts_with('[') || l.contains('|'))
}

/// A checked file: its definitions as a `.units` layer and how many units it adds.
pub(crate) struct Compiled {
    /// The layer in the `.units` format (the file itself when it is in that format).
    pub units_text: String,
    /// How many units it adds.
    pub count: usize,
}

/// Checks a file of definitions against the known units and makes its layer.
pub(crate) fn compile(known: &Known<'_>, file: &str, text: &str) -> Result<Compiled, UnitError> {
    if is_units_format(text) {
        compile_units_format(known, file, text)
    } else {
        compile_short_form(known, file, text)
    }
}

/// Refuses names already known and names given twice in the file.
fn check_names(known: &Known<'_>, defs: &[Definition]) -> Result<(), UnitError> {
    let mut seen: Vec<(String, usize)> = Vec::new();
    for d in defs {
        for n in &d.names {
            if known.taken(n) {
                return Err(definition_error(DefinitionError::NameTaken { line: d.line, name: n.clone() }));
            }
            if let Some((_, first)) = seen.iter().find(|(s, first)| s == n && *first != d.line) {
                return Err(definition_error(DefinitionError::Duplicate { line: d.line, name: n.clone(), first_line: *first }));
            }
            seen.push((n.clone(), d.line));
        }
    }
    Ok(())
}

fn check_all<'a, 'k>(known: &'a Known<'k>, defs: &'a [Definition]) -> Result<Vec<(Number, Dimension)>, UnitError> {
    check_names(known, defs)?;
    let checker = Checker { known, defs, state: RefCell::new(vec![State::Todo; defs.len()]), failure: RefCell::new(None) };
    (0..defs.len()).map(|i| checker.resolve_index(i)).collect()
}

fn compile_short_form(known: &Known<'_>, file: &str, text: &str) -> Result<Compiled, UnitError> {
    let mut defs = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let content = strip_comment(raw).trim();
        if content.is_empty() {
            continue;
        }
        let (name, definition) = match content.split_once('=') {
            Some((n, d)) if !n.trim().is_empty() && !d.trim().is_empty() => (n.trim(), d.trim()),
            _ => return Err(definition_error(DefinitionError::Syntax { line })),
        };
        if !is_word(name) {
            return Err(definition_error(DefinitionError::BadName { line, name: name.to_string() }));
        }
        defs.push(Definition { line, name: name.to_string(), names: vec![name.to_string()], definition: definition.to_string() });
    }
    let values = check_all(known, &defs)?;

    // Each unit joins the category of its dimension; a dimension without one gets its own.
    let table = known.table;
    let visible_category = |i: usize| !known.hidden_categories.contains(&i);
    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
    let mut own: Vec<Dimension> = Vec::new();
    for (d, (_, dim)) in defs.iter().zip(values.iter()) {
        let existing = table.categories.iter().enumerate().find(|(i, c)| visible_category(*i) && c.dim == *dim).map(|(_, c)| c.id.clone());
        let header = match existing {
            Some(id) => format!("[category {}]", id),
            None => {
                let id = format!("custom_{}", dim.0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("_").replace('-', "m"));
                if own.contains(dim) {
                    format!("[category {}]", id)
                } else {
                    own.push(*dim);
                    format!("[category {}]\nname: Your units ({})\nbase: {}", id, dim, d.name)
                }
            }
        };
        let mut id = format!("user_{}", fold(&d.name).replace(|c: char| !c.is_alphanumeric(), "_"));
        while table.unit_by_id(&id).is_some() || blocks.iter().any(|(_, lines)| lines.iter().any(|l| l.starts_with(&format!("{} |", id)))) {
            id.push('_');
        }
        let unit = format!("{} | {} | {} | {} | - | {} | - | {}, line {}", id, d.name, d.name, d.name, d.definition, file, d.line);
        match blocks.iter_mut().find(|(h, _)| *h == header) {
            Some((_, lines)) => lines.push(unit),
            None => blocks.push((header, vec![unit])),
        }
    }
    let mut units_text = String::new();
    for (header, lines) in &blocks {
        units_text.push_str(header);
        units_text.push('\n');
        for l in lines {
            units_text.push_str(l);
            units_text.push('\n');
        }
    }
    Ok(Compiled { units_text, count: defs.len() })
}

fn compile_units_format(known: &Known<'_>, file: &str, text: &str) -> Result<Compiled, UnitError> {
    let mut records = Records::default();
    records.read_numbered(file, text).map_err(|(line, reason)| definition_error(DefinitionError::Format { line, reason }))?;
    let format_error = |line: usize, reason: String| definition_error(DefinitionError::Format { line, reason });
    for c in &records.categories {
        let existing = known.table.categories.iter().enumerate().find(|(i, k)| k.id == c.id && !known.hidden_categories.contains(i));
        match existing {
            Some((_, k)) => {
                if !c.name.is_empty() && c.name != k.name {
                    return Err(format_error(c.line, format!("the category '{}' is already named '{}'", c.id, k.name)));
                }
                if !c.base.is_empty() && c.base != k.base {
                    return Err(format_error(c.line, format!("the category '{}' already has the base '{}'", c.id, k.base)));
                }
            }
            None if c.name.is_empty() || c.base.is_empty() => {
                return Err(format_error(c.line, format!("a new category '{}' needs a 'name:' and a 'base:'", c.id)));
            }
            None => {}
        }
    }
    let defs: Vec<Definition> = records
        .units
        .iter()
        .map(|r| {
            let mut names = vec![r.symbol.clone(), r.singular.clone()];
            if r.plural != r.singular {
                names.push(r.plural.clone());
            }
            names.extend(r.aliases.iter().cloned());
            names.dedup();
            Definition { line: r.line, name: r.id.clone(), names, definition: r.definition.clone() }
        })
        .collect();
    for d in &defs {
        if known.taken(&d.name) {
            return Err(definition_error(DefinitionError::NameTaken { line: d.line, name: d.name.clone() }));
        }
    }
    check_all(known, &defs)?;
    // The table reads a language when it is first asked for: a person's own words for
    // units are checked now, while the file is being loaded.
    for source in &records.languages {
        let words = source.read_numbered().map_err(|(line, reason)| format_error(line, reason))?;
        for n in &words.names {
            let exists = defs.iter().any(|d| d.name == n.unit) || known.table.names_a_unit(&n.unit);
            if !exists {
                return Err(format_error(n.line, format!("unknown unit id '{}'", n.unit)));
            }
        }
        Language::new(&words).map_err(|reason| format_error(0, reason))?;
    }
    Ok(Compiled { units_text: text.to_string(), count: defs.len() })
}
