//! Reading names out of a token stream: words that together name one unit (`fl oz`,
//! `US gallon`), and the keyword that starts the target (`to`, `in`, `as`, `->`). With a
//! language, its names, keywords (`nach`) and words for `per` and `and` count too.

use crate::reading::Reading;
use crate::syntax::{Tok, Token};

/// Joins neighbouring words that together name a unit (`fl oz`, `nautical mile`,
/// `US gallon`; in the reading's language `Grad Celsius`), longest first, so the parser
/// sees one name.
pub fn merge_multiword(reading: &Reading, toks: Vec<Token>) -> Vec<Token> {
    let r = reading.table;
    let starts = |w: &str| r.starts_multiword(w) || reading.language.map_or(false, |l| l.starts_multiword(w));
    let any_head = toks.iter().any(|t| matches!(&t.tok, Tok::Ident(w) if starts(w)));
    if !any_head {
        return toks;
    }
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let joinable = match &toks[i].tok {
            Tok::Ident(w) => i + 1 < toks.len() && starts(w),
            _ => false,
        };
        if joinable {
            let mut best: Option<(usize, String)> = None;
            let mut name = String::new();
            // Names in other languages run longer (`Joule pro Mol und Kelvin`).
            let mut hyphen = false;
            for j in i..toks.len().min(i + 12) {
                match &toks[j].tok {
                    // A hyphen glued between words belongs to the name (`cheval-vapeur
                    // impérial`), and so may a number (`litre aux 100 kilomètres`). A hyphen
                    // with a space on either side is a minus (`lb- ft`, like `10 m- 2 m`).
                    Tok::Op('-')
                        if toks[j].pos == toks[j - 1].pos + text_len(&toks[j - 1].tok)
                            && toks.get(j + 1).map_or(false, |n| n.pos == toks[j].pos + 1) =>
                    {
                        name.push('-');
                        hyphen = true;
                    }
                    Tok::Ident(w) | Tok::Num(w) => {
                        if j > i && !hyphen {
                            name.push(' ');
                        }
                        hyphen = false;
                        name.push_str(w);
                        let known = r.is_known_name(&name) || reading.language_name(&name).is_some();
                        if j > i && known {
                            best = Some((j, name.clone()));
                        }
                    }
                    _ => break,
                }
            }
            if let Some((j, joined)) = best {
                out.push(Token { tok: Tok::Ident(joined), pos: toks[i].pos });
                i = j + 1;
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

fn text_len(t: &Tok) -> usize {
    match t {
        Tok::Ident(w) | Tok::Num(w) => w.chars().count(),
        _ => 1,
    }
}

/// Where a phrase's target starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split {
    /// Tokens before this index are the quantity.
    pub source_end: usize,
    /// Tokens from this index are the target.
    pub target_start: usize,
    /// Where the keyword stood (for "say which unit" messages).
    pub keyword_pos: usize,
}

/// A word that starts the target: always (`to`), or only where a unit follows, because it
/// is also a unit (`in`, the inch; Spanish `a`, the year).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keyword {
    Strong,
    Weak,
}

fn keyword(reading: &Reading, w: &str) -> Option<Keyword> {
    let folded = crate::case::fold(w);
    if folded == "to" || folded == "as" || folded == "into" {
        return Some(Keyword::Strong);
    }
    if folded == "in" {
        return Some(Keyword::Weak);
    }
    match reading.language {
        Some(l) if l.is_keyword(w) => Some(if reading.lookup(w).is_some() { Keyword::Weak } else { Keyword::Strong }),
        _ => None,
    }
}

fn is_keyword(reading: &Reading, w: &str) -> bool {
    keyword(reading, w) == Some(Keyword::Strong)
}

/// Splits at the target keyword: `to`, `->`, `as`, `into` (and the language's keywords
/// that are no unit, `nach`), or else `in` (or a keyword that is also a unit, Spanish `a`)
/// where a unit follows it. Only keywords outside parentheses count, and the last one
/// wins. `in` right after a number is the inch (`5 ft 3 in`); when a unit follows such an
/// inch and no other keyword stands in the phrase, the target starts there (`5 in cm`,
/// `5 ft 3 in cm`).
pub fn split_target(reading: &Reading, toks: &[Token]) -> Option<Split> {
    let mut strong = None;
    let mut weak = None;
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        match &t.tok {
            Tok::Op('(') => depth += 1,
            Tok::Op(')') => depth -= 1,
            Tok::Arrow if depth == 0 && i > 0 => strong = Some(i),
            Tok::Ident(w) if depth == 0 && i > 0 => {
                let kind = keyword(reading, w);
                if kind == Some(Keyword::Strong) {
                    strong = Some(i);
                } else if kind == Some(Keyword::Weak) {
                    let unit_follows = matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Ident(_)) | Some(Tok::Op('(')));
                    // A number that is not an exponent (`in^2 in cm^2`) makes this the inch.
                    let after_number = matches!(toks[i - 1].tok, Tok::Num(_))
                        && !(i >= 2 && matches!(toks[i - 2].tok, Tok::Op('^')));
                    if unit_follows && after_number {
                        weak = Some(Split { source_end: i + 1, target_start: i + 1, keyword_pos: toks[i + 1].pos });
                    } else if unit_follows {
                        weak = Some(Split { source_end: i, target_start: i + 1, keyword_pos: t.pos });
                    }
                }
            }
            _ => {}
        }
    }
    strong.map(|k| Split { source_end: k, target_start: k + 1, keyword_pos: toks[k].pos }).or(weak)
}

/// Whether a phrase starts with a target keyword and so has nothing to convert (`to cm`,
/// `in km`; but `in to cm` is an inch).
pub fn starts_with_keyword(reading: &Reading, toks: &[Token]) -> bool {
    match toks.first().map(|t| &t.tok) {
        Some(Tok::Arrow) => true,
        Some(Tok::Ident(w)) if is_keyword(reading, w) => true,
        Some(Tok::Ident(w)) if keyword(reading, w) == Some(Keyword::Weak) => {
            matches!(toks.get(1).map(|t| &t.tok), Some(Tok::Ident(n)) if !is_keyword(reading, n)) && split_target(reading, toks).is_none()
        }
        _ => false,
    }
}

/// The everyday forms people write, rewritten into the expression syntax: `per` is `/`
/// (`miles per hour`), `sq`/`square` and `cu`/`cubic` before a unit are its square and
/// cube (`sq ft`, `cubic inches`, and glued: `sqm`, `cuin`), a symbol with a plural `s`
/// is the symbol (`kgs`, `lbs`), and `and` joins a sum (`5 feet and 3 inches`) or, in a
/// target, the parts of a mixed unit (`feet and inches`). The language's words for `per`
/// and `and` count like them (`Meilen pro Stunde`). Names the reading knows are never
/// rewritten. Returns the tokens and whether anything was rewritten.
pub fn everyday_forms(reading: &Reading, toks: Vec<Token>) -> (Vec<Token>, bool) {
    let known = |w: &str| reading.lookup(w).is_some();
    let known_or_plural = |w: &str| known(w) || w.strip_suffix('s').map_or(false, |s| !s.is_empty() && known(s));
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut changed = false;
    let split = split_target(reading, &toks);
    let target_start = split.map(|s| s.target_start);
    let source_end = split.map_or(toks.len(), |s| s.source_end);
    let foot = reading.table.lookup("ft");
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // `$5`, `€10`, `£20.50`: a currency sign written before its amount goes after it.
        if let (Tok::Ident(sign), Some(Tok::Num(_))) = (&t.tok, toks.get(i + 1).map(|n| &n.tok)) {
            if matches!(sign.as_str(), "$" | "€" | "£" | "¥") && known(sign) {
                out.push(toks[i + 1].clone());
                out.push(t.clone());
                changed = true;
                i += 2;
                continue;
            }
        }
        // `lb-ft`, `ft-lbs`: a hyphen glued between two unit names joins them, it is not
        // a minus. So it does in a name that ends in a number (`DVD-5`, `OC-3`).
        if t.tok == Tok::Op('-') && i > 0 && i + 1 < toks.len() {
            if let (Tok::Ident(a), Tok::Ident(b) | Tok::Num(b)) = (&toks[i - 1].tok, &toks[i + 1].tok) {
                let glued_at = |k: usize| match (&toks[k - 1].tok, &toks[k].tok, toks.get(k + 1)) {
                    (Tok::Ident(a), Tok::Op('-'), Some(n)) => {
                        matches!(n.tok, Tok::Ident(_) | Tok::Num(_))
                            && toks[k - 1].pos + a.chars().count() == toks[k].pos
                            && n.pos == toks[k].pos + 1
                    }
                    _ => false,
                };
                let glued = glued_at(i);
                // The longest run of glued words that is a name (`US-Survey-Fuß`).
                let mut whole = format!("{}-{}", a, b);
                let mut found = if glued && known(&whole) { Some((whole.clone(), i + 2)) } else { None };
                let mut k = i + 2;
                while glued && k < toks.len() && k < i + 8 && glued_at(k) {
                    if let Tok::Ident(next) | Tok::Num(next) = &toks[k + 1].tok {
                        whole = format!("{}-{}", whole, next);
                        if known(&whole) {
                            found = Some((whole.clone(), k + 2));
                        }
                    }
                    k += 2;
                }
                if let Some((whole, next)) = found {
                    out.pop();
                    out.push(Token { tok: Tok::Ident(whole), pos: toks[i - 1].pos });
                    changed = true;
                    i = next;
                    continue;
                }
                if glued && matches!(toks[i + 1].tok, Tok::Ident(_)) && known_or_plural(a) && known_or_plural(b) {
                    out.push(Token { tok: Tok::Op('*'), pos: t.pos });
                    changed = true;
                    i += 1;
                    continue;
                }
            }
        }
        // `6 ft 2`: a bare number after feet, ending the quantity, is inches (heights).
        if let Tok::Num(_) = t.tok {
            let after_feet = i >= 2
                && matches!(&toks[i - 1].tok, Tok::Ident(w) if foot.is_some() && reading.lookup(w) == foot)
                && matches!(toks[i - 2].tok, Tok::Num(_));
            if after_feet && i + 1 == source_end {
                out.push(t.clone());
                out.push(Token { tok: Tok::Ident("in".to_string()), pos: t.pos });
                changed = true;
                i += 1;
                continue;
            }
        }
        let word = match &t.tok {
            Tok::Ident(w) if !known(w) => w.clone(),
            _ => {
                out.push(t.clone());
                i += 1;
                continue;
            }
        };
        let lower = crate::case::fold(&word);
        let next_is_unit = matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Ident(n)) if known(n));
        let in_target = target_start.map_or(false, |s| i >= s);
        let language = reading.language;
        let is_per = lower == "per" || language.map_or(false, |l| l.is_per(&word));
        let is_and = lower == "and" || language.map_or(false, |l| l.is_and(&word));
        if is_per && !out.is_empty() && i + 1 < toks.len() {
            out.push(Token { tok: Tok::Op('/'), pos: t.pos });
        } else if (lower == "sq" || lower == "square" || lower == "cu" || lower == "cubic") && next_is_unit {
            let power = if lower == "sq" || lower == "square" { 2 } else { 3 };
            out.push(toks[i + 1].clone());
            out.push(Token { tok: Tok::Super(power), pos: t.pos });
            i += 1;
        } else if is_and && in_target && !out.is_empty() && i + 1 < toks.len() {
            out.push(Token { tok: Tok::Op(';'), pos: t.pos });
        } else if is_and && matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Num(_))) && !out.is_empty() {
            // `5 feet and 3 inches`: the implicit sum needs no word.
        } else if let Some((unit, power)) = glued_power(&word).filter(|(u, _)| known(u)) {
            out.push(Token { tok: Tok::Ident(unit.to_string()), pos: t.pos });
            out.push(Token { tok: Tok::Super(power), pos: t.pos });
        } else if let Some(singular) = word.strip_suffix('s').filter(|w| w.chars().count() >= 1 && known(w)) {
            out.push(Token { tok: Tok::Ident(singular.to_string()), pos: t.pos });
        } else {
            out.push(t.clone());
            i += 1;
            continue;
        }
        changed = true;
        i += 1;
    }
    (out, changed)
}

/// `sqm` → (`m`, 2), `cuin` → (`in`, 3).
fn glued_power(word: &str) -> Option<(&str, i32)> {
    if let Some(rest) = word.strip_prefix("sq").filter(|r| !r.is_empty()) {
        return Some((rest, 2));
    }
    word.strip_prefix("cu").filter(|r| !r.is_empty()).map(|rest| (rest, 3))
}

/// Tokens written back as unit text: `ft;in`, `m^2`, `mi/h`.
pub fn tokens_text(toks: &[Token]) -> String {
    let mut out = String::new();
    let mut previous_word = false;
    for t in toks {
        match &t.tok {
            Tok::Num(s) | Tok::Ident(s) => {
                if previous_word {
                    out.push(' ');
                }
                out.push_str(s);
                previous_word = true;
            }
            Tok::Op(c) => {
                out.push(*c);
                previous_word = false;
            }
            Tok::Super(n) => {
                out.push('^');
                out.push_str(&n.to_string());
                previous_word = true;
            }
            Tok::Arrow => {
                out.push_str("->");
                previous_word = false;
            }
        }
    }
    out
}
