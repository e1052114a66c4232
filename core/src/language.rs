//! The words of one language, from a `[language CODE]` block (`core/units/lang/*.names`):
//! unit names people read and type (`Fuß`, `Meilen`, `cuillère à soupe`), the words that
//! start a target like `to` (`nach`, `en`), and those that mean `per` and `and`.
//!
//! Names are matched ignoring case and accents (`fuss` finds `Fuß`, `kilometro` finds
//! `kilómetro`). A language knows only words; the table checks that every unit its names
//! point at exists, and the reading looks them up after the English names fail.

use crate::definitions::LanguageRecord;
use crate::fast_hash::FastMap;

/// One language's unit names and keywords.
#[derive(Clone, Debug)]
pub struct Language {
    /// Its code (`de`).
    pub code: String,
    /// Per line of the data: the unit (an id, or a plain customary name such as
    /// `gallon`), the name of one and the name of many.
    pub names: Vec<(String, String, String)>,
    keywords: Vec<String>,
    per: Vec<String>,
    and: Vec<String>,
    /// Whether the name of many starts at 2 (French) rather than at any count but 1.
    plural_from_two: bool,
    /// Every typed form (see [`typed_form`]) → its line in `names`.
    index: FastMap<String, usize>,
    /// Typed forms of the first words of names with spaces (`cuillère` of `cuillère à soupe`).
    heads: FastMap<String, ()>,
    /// A unit → the first line naming it (its names to show).
    by_unit: FastMap<String, usize>,
}

/// How a name is compared: lower case, accents removed (`Fuß` → `fuss`, `Mètre` → `metre`).
pub fn typed_form(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let c = crate::case::lower(c);
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ß' => out.push_str("ss"),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            other => out.push(other),
        }
    }
    out
}

impl Language {
    /// The words of a `[language CODE]` block; an error names the file and line of a
    /// name given to two units, or of a unit named on two lines.
    pub fn new(record: &LanguageRecord) -> Result<Language, String> {
        let words = |list: &[String]| list.iter().map(|w| typed_form(w)).collect::<Vec<_>>();
        let plural_from_two = match record.plural.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            [] | ["not 1"] => false,
            ["from 2"] => true,
            _ => return Err(format!("{}: plural: expected 'not 1' or 'from 2'", record.file)),
        };
        let mut lang = Language {
            code: record.code.clone(),
            names: Vec::with_capacity(record.names.len()),
            keywords: words(&record.keywords),
            per: words(&record.per),
            and: words(&record.and),
            plural_from_two,
            index: FastMap::default(),
            heads: FastMap::default(),
            by_unit: FastMap::default(),
        };
        for (i, n) in record.names.iter().enumerate() {
            let at = |m: String| format!("{}:{}: {}", record.file, n.line, m);
            if lang.by_unit.insert(n.unit.clone(), i).is_some() {
                return Err(at(format!("'{}' is named on an earlier line too", n.unit)));
            }
            lang.names.push((n.unit.clone(), n.singular.clone(), n.plural.clone()));
            let forms = std::iter::once(&n.singular).chain(std::iter::once(&n.plural)).chain(n.forms.iter());
            for form in forms {
                let key = typed_form(form);
                if let Some(&j) = lang.index.get(&key) {
                    if record.names[j].unit != n.unit {
                        return Err(at(format!("'{}' also names '{}' (line {})", form, record.names[j].unit, record.names[j].line)));
                    }
                }
                lang.index.insert(key.clone(), i);
                // Words are split at spaces and hyphens (`cheval-vapeur impérial`).
                let head = key.split(|c| c == ' ' || c == '-').next().unwrap_or("");
                if head.len() < key.len() {
                    lang.heads.insert(head.to_string(), ());
                }
            }
        }
        // The dative plural after `in` (German `in Tagen`, `in Metern`), for one-word
        // plurals with a listed ending, where no line names that form otherwise.
        for (i, n) in record.names.iter().enumerate() {
            if n.plural.contains(' ') || !record.dative_n_after.iter().any(|e| n.plural.ends_with(e.as_str())) {
                continue;
            }
            let key = typed_form(&format!("{}n", n.plural));
            lang.index.entry(key).or_insert(i);
        }
        Ok(lang)
    }

    /// The unit a name typed in this language stands for (an id or a plain customary
    /// name, for the reading to look up), case and accents ignored.
    pub fn find(&self, typed: &str) -> Option<&str> {
        self.index.get(&typed_form(typed)).map(|&i| self.names[i].0.as_str())
    }

    /// Adds the names of a unit that comes after the data (a currency of the rates in use):
    /// shown in this language, typed as well. A unit named already keeps its names, and a
    /// form that already names another unit stays that unit's.
    pub fn add_names(&mut self, unit: &str, singular: &str, plural: &str) {
        if self.by_unit.contains_key(unit) {
            return;
        }
        let i = self.names.len();
        self.names.push((unit.to_string(), singular.to_string(), plural.to_string()));
        self.by_unit.insert(unit.to_string(), i);
        for form in [singular, plural] {
            let key = typed_form(form);
            let head = key.split(|c| c == ' ' || c == '-').next().unwrap_or("").to_string();
            if head.len() < key.len() {
                self.heads.insert(head, ());
            }
            self.index.entry(key).or_insert(i);
        }
    }

    /// Every form a person may type (as compared: lower case, no accents) with the unit
    /// it stands for: the names of one and of many, the other forms and the datives.
    pub fn typed_forms(&self) -> impl Iterator<Item = (&str, &str)> {
        self.index.iter().map(move |(form, &i)| (form.as_str(), self.names[i].0.as_str()))
    }

    /// The names of one and of many of a unit (by id), when this language has them.
    pub fn names_of(&self, unit: &str) -> Option<(&str, &str)> {
        self.by_unit.get(unit).map(|&i| (self.names[i].1.as_str(), self.names[i].2.as_str()))
    }

    /// Whether a count takes the name of many (`5 Meilen`, `1,5 mètre`); a count that is
    /// not a plain number does.
    pub fn takes_plural(&self, count: Option<f64>) -> bool {
        match count {
            Some(n) if self.plural_from_two => n.abs() >= 2.0,
            Some(n) => n != 1.0,
            None => true,
        }
    }

    /// Whether a name with spaces starts with this word.
    pub fn starts_multiword(&self, word: &str) -> bool {
        self.heads.contains_key(&typed_form(word))
    }

    /// Whether the word starts a target, like `to` (`nach`).
    pub fn is_keyword(&self, word: &str) -> bool {
        let w = typed_form(word);
        self.keywords.iter().any(|k| *k == w)
    }

    /// Whether the word means `/`, like `per` (`pro`).
    pub fn is_per(&self, word: &str) -> bool {
        let w = typed_form(word);
        self.per.iter().any(|k| *k == w)
    }

    /// Whether the word joins a sum, like `and` (`und`).
    pub fn is_and(&self, word: &str) -> bool {
        let w = typed_form(word);
        self.and.iter().any(|k| *k == w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_forms_ignore_case_and_accents() {
        assert_eq!(typed_form("Fuß"), "fuss");
        assert_eq!(typed_form("Kilómetro"), "kilometro");
        assert_eq!(typed_form("CUILLÈRE À SOUPE"), "cuillere a soupe");
        assert_eq!(typed_form("°C"), "°c");
    }
}
