//! Reads the `*.units` data files (format in `core/units/README.md`) into plain records.
//! Resolving the definitions into factors is the registry's job.

#[derive(Clone, Debug, Default)]
pub struct CategoryRecord {
    pub id: String,
    pub name: String,
    pub base: String,
    pub common: Vec<String>,
    pub reciprocal: bool,
    pub file: String,
    pub line: usize,
}

#[derive(Clone, Debug, Default)]
pub struct UnitRecord {
    pub id: String,
    pub symbol: String,
    pub singular: String,
    pub plural: String,
    pub aliases: Vec<String>,
    /// Names another unit owns; this unit is found by them only in search.
    pub shared_aliases: Vec<String>,
    pub definition: String,
    pub si_prefixes: bool,
    pub binary_prefixes: bool,
    pub source: String,
    pub category: usize,
    pub file: String,
    pub line: usize,
}

#[derive(Default)]
pub struct Records {
    pub categories: Vec<CategoryRecord>,
    pub units: Vec<UnitRecord>,
}

fn strip_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

impl Records {
    /// Adds one file's records; errors name the file and line.
    pub fn read(&mut self, file: &str, text: &str) -> Result<(), String> {
        let mut current: Option<usize> = None;
        for (index, raw) in text.lines().enumerate() {
            let line_no = index + 1;
            let at = |msg: &str| format!("{}:{}: {}", file, line_no, msg);
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('[') {
                let inner = line
                    .strip_prefix("[category ")
                    .and_then(|s| s.strip_suffix(']'))
                    .ok_or_else(|| at("expected [category ID]"))?;
                let id = inner.trim();
                // A category may continue in another file (`[category length]` again in
                // historical.units): its units join the first block's category.
                current = match self.categories.iter().position(|c| c.id == id) {
                    Some(existing) => Some(existing),
                    None => {
                        self.categories.push(CategoryRecord {
                            id: id.to_string(),
                            file: file.to_string(),
                            line: line_no,
                            ..CategoryRecord::default()
                        });
                        Some(self.categories.len() - 1)
                    }
                };
                continue;
            }
            let category = current.ok_or_else(|| at("a unit or setting before any [category ...]"))?;
            if !line.contains('|') {
                let (key, value) = line.split_once(':').ok_or_else(|| at("expected 'key: value' or a unit line"))?;
                let value = value.trim();
                let cat = &mut self.categories[category];
                let set_once = |slot: &mut String, what: &str| -> Result<(), String> {
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
            let cols: Vec<&str> = line.split('|').map(str::trim).collect();
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
            let prefixes: Vec<&str> = cols[6].split_whitespace().collect();
            for p in &prefixes {
                if !matches!(*p, "-" | "si" | "binary") {
                    return Err(at(&format!("unknown prefix set '{}'", p)));
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
                si_prefixes: prefixes.contains(&"si"),
                binary_prefixes: prefixes.contains(&"binary"),
                source: cols[7].to_string(),
                category,
                file: file.to_string(),
                line: line_no,
            });
        }
        Ok(())
    }
}
