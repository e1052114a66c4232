//! Reads the `*.units` data files (format in `core/units/README.md`) into plain records.
//! Resolving the definitions into factors is the registry's job.

/// One `[category ID]` block with its settings, as written; a block repeated in another
/// file adds to the first one's record.
#[derive(Clone, Debug, Default)]
pub struct CategoryRecord {
    /// The ID from `[category ID]`: lower_snake_case, stable for programs.
    pub id: String,
    /// The name people see, from `name:`; empty when no block set it.
    pub name: String,
    /// A unit expression, from `base:`, whose dimension is the category's; empty when unset.
    pub base: String,
    /// Units from every `common:` line (symbols or names), shown first, most common first.
    pub common: Vec<String>,
    /// `reciprocal: yes`: units of the inverse dimension may join (fuel economy: km/L and
    /// L/100 km) and convert to each other.
    pub reciprocal: bool,
    /// The data file of the first `[category ID]` line, as named to [`Records::read`].
    pub file: String,
    /// The 1-based line number of that `[category ID]` line, for messages.
    pub line: usize,
}

/// One unit line: its eight `|`-separated columns, split and trimmed but not yet evaluated.
#[derive(Clone, Debug, Default)]
pub struct UnitRecord {
    /// Column 1: unique, lower_snake_case, never shown to people but stable for programs.
    pub id: String,
    /// Column 2: what the converter prints (`km/h`, `°C`); matched case-sensitively.
    pub symbol: String,
    /// Column 3: the singular name (`foot`); matched case-insensitively.
    pub singular: String,
    /// Column 4: the plural name (`feet`); the singular when the column is `-` or empty.
    pub plural: String,
    /// Column 5: the other names this unit owns (`metre`, `US gallon`), without the
    /// shared ones and without `-`.
    pub aliases: Vec<String>,
    /// Names another unit owns; this unit is found by them only in search.
    pub shared_aliases: Vec<String>,
    /// Column 6: `base DIMENSION`, or an expression in other units (`0.0254 m`), optionally
    /// followed by `@ OFFSET` for a scale with a shifted zero (`K @ 273.15`).
    pub definition: String,
    /// Column 7 lists `si`: SI prefixes apply (`km`, `kilometer`).
    pub si_prefixes: bool,
    /// Column 7 lists `binary`: binary prefixes apply (`KiB`, `kibibyte`).
    pub binary_prefixes: bool,
    /// Column 8: where the definition comes from (SI Brochure, NIST SP 811, ...).
    pub source: String,
    /// Index in [`Records::categories`] of the category the line is listed under.
    pub category: usize,
    /// The data file the line is in, as named to [`Records::read`].
    pub file: String,
    /// The 1-based line number in that file, for messages.
    pub line: usize,
}

/// A line of a `[readings]` block: another unit a name may mean.
#[derive(Clone, Debug, Default)]
pub struct ReadingRecord {
    /// The name as typed (`F`).
    pub name: String,
    /// The other unit, by id or name (`degree_fahrenheit`).
    pub unit: String,
    /// The data file, as named to [`Records::read`].
    pub file: String,
    /// The 1-based line number there.
    pub line: usize,
}

/// A line of a `[customary]` block: plain names and their US and UK units.
#[derive(Clone, Debug, Default)]
pub struct CustomaryRecord {
    /// The plain names (`gal`, `gallon`, `gallons`).
    pub names: Vec<String>,
    /// The US unit, by id, and how the echo names it.
    pub us: (String, String),
    /// The UK unit, by id, and how the echo names it.
    pub uk: (String, String),
    /// The data file, as named to [`Records::read`].
    pub file: String,
    /// The 1-based line number there.
    pub line: usize,
}

/// A `[language CODE]` block: the words of one language (`core/units/lang/*.names`).
#[derive(Clone, Debug, Default)]
pub struct LanguageRecord {
    /// The language's code (`de`).
    pub code: String,
    /// Words that start the target like `to` (`nach`), from `keywords:`.
    pub keywords: Vec<String>,
    /// Words that mean `/` like `per` (`pro`), from `per:`.
    pub per: Vec<String>,
    /// Words that join a sum like `and` (`und`), from `and:`.
    pub and: Vec<String>,
    /// From what count the name of many is used, from `plural:`: `not 1` (English,
    /// German, Spanish: 1.5 metros) or `from 2` (French: 1,5 mètre, 2 mètres).
    pub plural: Vec<String>,
    /// Plural endings that also take `-n` where people type the dative after `in`
    /// (German `in Tagen`, `in Metern`), from `dative n after:`.
    pub dative_n_after: Vec<String>,
    /// The unit names, one line each.
    pub names: Vec<NameRecord>,
    /// The data file of the `[language CODE]` line, as named to [`Records::read`].
    pub file: String,
}

/// A unit line of a `[language CODE]` block: `id | singular | plural | other forms`.
#[derive(Clone, Debug, Default)]
pub struct NameRecord {
    /// The unit's id (`foot`), or a plain customary name (`gallon`) whose US or UK
    /// meaning the setting picks.
    pub unit: String,
    /// The name of one (`Fuß`).
    pub singular: String,
    /// The name of many (`Fuß`); the singular when the column is `-` or empty.
    pub plural: String,
    /// Other forms people type (`Fuss`), comma-separated in the file.
    pub forms: Vec<String>,
    /// The 1-based line number, for messages.
    pub line: usize,
}

/// A `[language CODE]` block as written. Its lines are read into a [`LanguageRecord`]
/// only when the language is first asked for: a person uses one language, and reading
/// every language's names took two thirds of building the table.
#[derive(Clone, Debug, Default)]
pub struct LanguageSource {
    /// The language's code (`de`).
    pub code: String,
    /// The data file of the `[language CODE]` line, as named to [`Records::read`].
    pub file: String,
    /// The 1-based line number of the block's first line (after `[language CODE]`).
    first_line: usize,
    /// The block's lines as in the file, up to the next `[...]` line.
    text: String,
}

impl LanguageSource {
    /// Reads the block's settings and names; an error names the file and line.
    pub fn read(&self) -> Result<LanguageRecord, String> {
        self.read_numbered().map_err(|(line, message)| format!("{}:{}: {}", self.file, line, message))
    }

    /// Reads the block's settings and names; an error is its line number and what is
    /// wrong with it.
    pub fn read_numbered(&self) -> Result<LanguageRecord, (usize, String)> {
        let mut record = LanguageRecord { code: self.code.clone(), file: self.file.clone(), ..LanguageRecord::default() };
        for (index, raw) in self.text.lines().enumerate() {
            let line_no = self.first_line + index;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
            read_language_line(&mut record, &cols, line, line_no).map_err(|m| (line_no, m))?;
        }
        Ok(record)
    }}

/// Everything read from the data files so far, in the order read.
#[derive(Default)]
pub struct Records {
    /// Each category once, in order of its first `[category ID]` line.
    pub categories: Vec<CategoryRecord>,
    /// Every unit line, in file order.
    pub units: Vec<UnitRecord>,
    /// Every `[readings]` line.
    pub readings: Vec<ReadingRecord>,
    /// Every `[customary]` line.
    pub customary: Vec<CustomaryRecord>,
    /// Every `[language CODE]` block, as written.
    pub languages: Vec<LanguageSource>,
}

/// Which kind of block a line is in.
#[derive(Clone, Copy)]
enum Block {
    Category(usize),
    Readings,
    Customary,
}

/// A file's lines as [`str::lines`] gives them (a `\r` is cut off only before a `\n`),
/// each with its 1-based number; a block of lines kept as written (a language's) is
/// passed over at once.
struct NumberedLines<'t> {
    rest: &'t str,
    line_no: usize,
}

impl<'t> Iterator for NumberedLines<'t> {
    type Item = (usize, &'t str);

    fn next(&mut self) -> Option<(usize, &'t str)> {
        if self.rest.is_empty() {
            return None;
        }
        let line = match self.rest.find('\n') {
            Some(end) => {
                let line = &self.rest[..end];
                self.rest = &self.rest[end + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut self.rest),
        };
        self.line_no += 1;
        Some((self.line_no, line))
    }
}

/// How many `\n` there are in `text`. Counted in byte-sized sums of at most 255 bytes
/// each, which the compiler turns into vector code (a count per byte into a `usize` took
/// five instructions a byte).
fn count_newlines(text: &str) -> usize {
    text.as_bytes().chunks(255).map(|chunk| usize::from(chunk.iter().fold(0u8, |n, &b| n + u8::from(b == b'\n')))).sum()
}

impl<'t> NumberedLines<'t> {
    /// The lines up to the next one that starts with `[` (after any white space), which
    /// opens the next block, as written. They are most of the data (the languages' names):
    /// searching for the next `[` passes over them at once, where taking them one by one,
    /// each searched for `#` and copied, took a tenth of building the registry.
    fn block(&mut self) -> &'t str {
        let mut end = self.rest.len();
        let mut from = 0;
        while let Some(found) = self.rest[from..].find('[') {
            let at = from + found;
            let line_start = self.rest[..at].rfind('\n').map_or(0, |i| i + 1);
            // A `#` cannot stand before the `[` of such a line: no comment to cut off.
            if self.rest[line_start..at].trim_start().is_empty() {
                end = line_start;
                break;
            }
            from = at + 1;
        }
        let (block, rest) = self.rest.split_at(end);
        self.line_no += count_newlines(block);
        self.rest = rest;
        block
    }
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

/// What the reader looks at in a data file: each line's text before `#`, trimmed, line
/// breaks kept so line numbers stay true. The web build ships this instead of the whole
/// file (comments are a third of it).
pub fn significant_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(strip_comment(line).trim());
        out.push('\n');
    }
    out
}

/// The `|`-separated columns of a line, trimmed, in place of what `cols` held. One pass
/// over the bytes: `str::split` set up a search for each `|`, which made splitting the
/// unit lines a good part of reading the data files.
pub(crate) fn split_columns<'t>(line: &'t str, cols: &mut Vec<&'t str>) {
    cols.clear();
    let mut start = 0;
    for (i, b) in line.bytes().enumerate() {
        // `|` is ASCII, so it never stands inside a character of several bytes.
        if b == b'|' {
            cols.push(line[start..i].trim());
            start = i + 1;
        }
    }
    cols.push(line[start..].trim());
}

fn word_list(value: &str) -> Vec<String> {
    value.split(',').map(str::trim).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// One line of a `[language CODE]` block: a setting or a unit's names.
fn read_language_line(lang: &mut LanguageRecord, cols: &[&str], line: &str, line_no: usize) -> Result<(), String> {
    if cols.len() == 1 {
        let (key, value) = line.split_once(':').ok_or_else(|| "expected 'key: value' or 'id | singular | plural | other forms'".to_string())?;
        let slot = match key.trim() {
            "keywords" => &mut lang.keywords,
            "per" => &mut lang.per,
            "and" => &mut lang.and,
            "plural" => &mut lang.plural,
            "dative n after" => &mut lang.dative_n_after,
            other => return Err(format!("unknown setting '{}'", other)),
        };
        slot.extend(word_list(value));
        return Ok(());
    }
    if cols.len() != 4 || cols[0].is_empty() || cols[1].is_empty() {
        return Err("expected 'id | singular | plural | other forms'".to_string());
    }
    let plural = if cols[2].is_empty() || cols[2] == "-" { cols[1] } else { cols[2] };
    lang.names.push(NameRecord {
        unit: cols[0].to_string(),
        singular: cols[1].to_string(),
        plural: plural.to_string(),
        forms: word_list(cols[3]).into_iter().filter(|w| w != "-").collect(),
        line: line_no,
    });
    Ok(())
}

impl Records {
    /// Adds one file's records; errors name the file and line.
    pub fn read(&mut self, file: &str, text: &str) -> Result<(), String> {
        self.read_numbered(file, text).map_err(|(line, message)| format!("{}:{}: {}", file, line, message))
    }

    /// Adds one file's records; an error is its line number and what is wrong with it
    /// (for a person's own units, whose errors carry the line as data).
    pub fn read_numbered(&mut self, file: &str, text: &str) -> Result<(), (usize, String)> {
        let mut current: Option<Block> = None;
        // One list of columns for every line: a new one for each was two allocations.
        let mut cols: Vec<&str> = Vec::new();
        let mut lines = NumberedLines { rest: text, line_no: 0 };
        while let Some((line_no, raw)) = lines.next() {
            let at = |msg: &str| (line_no, msg.to_string());
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if line == "[readings]" {
                current = Some(Block::Readings);
                continue;
            }
            if line == "[customary]" {
                current = Some(Block::Customary);
                continue;
            }
            if let Some(code) = line.strip_prefix("[language ").and_then(|s| s.strip_suffix(']')) {
                let code = code.trim();
                if code.is_empty() || !code.bytes().all(|b| b.is_ascii_lowercase()) {
                    return Err(at("expected [language CODE], the code in lower case (de)"));
                }
                if self.languages.iter().any(|l| l.code == code) {
                    return Err(at(&format!("language '{}' is already defined", code)));
                }
                // Its lines are kept as written, to be read when it is asked for.
                let text = lines.block().to_string();
                self.languages.push(LanguageSource { code: code.to_string(), file: file.to_string(), first_line: line_no + 1, text });
                current = None;
                continue;
            }
            if line.starts_with('[') {
                let inner = line
                    .strip_prefix("[category ")
                    .and_then(|s| s.strip_suffix(']'))
                    .ok_or_else(|| at("expected [category ID], [readings], [customary] or [language CODE]"))?;
                let id = inner.trim();
                // A category may continue in another file (`[category length]` again in
                // historical.units): its units join the first block's category.
                current = Some(Block::Category(match self.categories.iter().position(|c| c.id == id) {
                    Some(existing) => existing,
                    None => {
                        self.categories.push(CategoryRecord {
                            id: id.to_string(),
                            file: file.to_string(),
                            line: line_no,
                            ..CategoryRecord::default()
                        });
                        self.categories.len() - 1
                    }
                }));
                continue;
            }
            split_columns(line, &mut cols);
            match current {
                Some(Block::Readings) => {
                    if cols.len() != 2 || cols.iter().any(|c| c.is_empty()) {
                        return Err(at("expected 'name | unit' in [readings]"));
                    }
                    self.readings.push(ReadingRecord {
                        name: cols[0].to_string(),
                        unit: cols[1].to_string(),
                        file: file.to_string(),
                        line: line_no,
                    });
                    continue;
                }
                Some(Block::Customary) => {
                    if cols.len() != 5 || cols.iter().any(|c| c.is_empty()) {
                        return Err(at("expected 'names | US unit | US name | UK unit | UK name' in [customary]"));
                    }
                    self.customary.push(CustomaryRecord {
                        names: cols[0].split(',').map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect(),
                        us: (cols[1].to_string(), cols[2].to_string()),
                        uk: (cols[3].to_string(), cols[4].to_string()),
                        file: file.to_string(),
                        line: line_no,
                    });
                    continue;
                }
                _ => {}
            }
            let category = match current {
                Some(Block::Category(c)) => c,
                _ => return Err(at("a unit or setting before any [category ...]")),
            };
            // No `|` in the line: a setting.
            if cols.len() == 1 {
                let (key, value) = line.split_once(':').ok_or_else(|| at("expected 'key: value' or a unit line"))?;
                let value = value.trim();
                let cat = &mut self.categories[category];
                let set_once = |slot: &mut String, what: &str| -> Result<(), (usize, String)> {
                    if !slot.is_empty() && slot != value {
                        return Err(at(&format!("the category's {} is already '{}'", what, slot)));
                    }
                    *slot = value.to_string();
                    Ok(())
                };
                match key.trim() {
                    "name" => set_once(&mut cat.name, "name")?,
                    "base" => set_once(&mut cat.base, "base")?,
                    "common" => cat.common.extend(value.split_whitespace().map(str::to_string)),
                    "reciprocal" => cat.reciprocal = value == "yes",
                    other => return Err(at(&format!("unknown setting '{}'", other))),
                }
                continue;
            }
            if cols.len() != 8 {
                return Err(at(&format!("expected 8 columns separated by '|', found {}", cols.len())));
            }
            let mut aliases = Vec::new();
            let mut shared = Vec::new();
            for alias in cols[4].split(',').map(str::trim).filter(|a| !a.is_empty() && *a != "-") {
                match alias.strip_prefix('~') {
                    Some(name) => shared.push(name.trim().to_string()),
                    None => aliases.push(alias.to_string()),
                }
            }
            let (mut si_prefixes, mut binary_prefixes) = (false, false);
            for p in cols[6].split_whitespace() {
                match p {
                    "-" => {}
                    "si" => si_prefixes = true,
                    "binary" => binary_prefixes = true,
                    _ => return Err(at(&format!("unknown prefix set '{}'", p))),
                }
            }
            if cols[0].is_empty() || cols[1].is_empty() || cols[2].is_empty() || cols[5].is_empty() {
                return Err(at("id, symbol, singular name and definition must not be empty"));
            }
            self.units.push(UnitRecord {
                id: cols[0].to_string(),
                symbol: cols[1].to_string(),
                singular: cols[2].to_string(),
                plural: if cols[3].is_empty() || cols[3] == "-" { cols[2].to_string() } else { cols[3].to_string() },
                aliases,
                shared_aliases: shared,
                definition: cols[5].to_string(),
                si_prefixes,
                binary_prefixes,
                source: cols[7].to_string(),
                category,
                file: file.to_string(),
                line: line_no,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_numbered_as_str_lines_gives_them() {
        let long = "x\n".repeat(300);
        // (Not a last line ending in a lone `\r`: Rust 1.63's `lines` cuts it off, later ones
        // keep it, as this reader does; the reader trims it either way.)
        for text in ["", "\n", "a", "a\n", "a\r\nb", "a\r\n\r\nb\r\n", "\r\n\n  c\n", "µ\u{2028}\nd\n", long.as_str()] {
            let ours: Vec<(usize, &str)> = NumberedLines { rest: text, line_no: 0 }.collect();
            let std: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
            assert_eq!(ours, std, "{:?}", text);
            assert_eq!(count_newlines(text), text.matches('\n').count());
        }
    }

    #[test]
    fn a_block_ends_before_the_next_line_that_starts_with_a_bracket() {
        let text = "[language xx]\na | b [c] | d\r\n# [not]\n  e\n \t[category y]\nf\n";
        let mut lines = NumberedLines { rest: text, line_no: 0 };
        assert_eq!(lines.next(), Some((1, "[language xx]")));
        assert_eq!(lines.block(), "a | b [c] | d\r\n# [not]\n  e\n");
        assert_eq!(lines.next(), Some((5, " \t[category y]")));
        assert_eq!(lines.next(), Some((6, "f")));
        let mut to_the_end = NumberedLines { rest: "[language xx]\na\nb", line_no: 0 };
        to_the_end.next();
        assert_eq!((to_the_end.block(), to_the_end.next()), ("a\nb", None));
    }

    #[test]
    fn columns_are_split_as_str_split_splits_them() {
        let mut cols = vec!["left over"];
        for line in ["", "|", "a", " a | b |c", "||x||", "µ | °C|Å |", "€|\u{a0}x\u{a0}|y", "a | b # c"] {
            split_columns(line, &mut cols);
            let expected: Vec<&str> = line.split('|').map(str::trim).collect();
            assert_eq!(cols, expected, "{:?}", line);
        }
    }
}
