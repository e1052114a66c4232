//! Finding units by what people type: names, symbols, aliases, with typos forgiven, and
//! the "Did you mean" suggestions for unknown names.

use crate::eval::UnitSpec;
use crate::language::{typed_form, Language};
use crate::table::{UnitRef, UnitTable};

/// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    bounded_distance(&a, &b, usize::MAX - 1)
}

/// The distance, or any value above `bound` as soon as it must exceed it: suggestions
/// compare one word against thousands of names, and most are far off after a few letters.
fn bounded_distance(a: &[char], b: &[char], bound: usize) -> usize {
    const MAX: usize = 64;
    let (n, m) = (a.len(), b.len());
    if n.max(m) - n.min(m) > bound {
        return bound + 1;
    }
    if n > MAX || m > MAX {
        return bound.saturating_add(1);
    }
    // Three rows on the stack: this runs for thousands of names per suggestion.
    let mut before = [0usize; MAX + 1];
    let mut previous = [0usize; MAX + 1];
    let mut current = [0usize; MAX + 1];
    for (j, slot) in previous.iter_mut().enumerate().take(m + 1) {
        *slot = j;
    }
    for i in 1..=n {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=m {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            let mut v = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            current[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > bound {
            return bound + 1;
        }
        before = previous;
        previous = current;
    }
    previous[m]
}

/// How many typos a word of this length may carry and still match.
fn tolerance(len: usize) -> usize {
    match len {
        0..=2 => 0,
        3..=5 => 1,
        6..=9 => 2,
        _ => 3,
    }
}

/// Up to three names close to `name`, best first, each naming a different unit.
pub fn suggestions(r: &UnitTable, name: &str) -> Vec<String> {
    let chars = name.chars().count();
    if chars > 64 {
        return Vec::new();
    }
    let lower = crate::case::fold(name);
    let allowed = tolerance(chars).max(1);
    let mut scored: Vec<(usize, usize, String, usize)> = Vec::new();
    let query: Vec<char> = lower.chars().collect();
    let original: Vec<char> = name.chars().collect();
    let names = r.folded_names();
    for folded in names.iter() {
        if folded.chars + allowed < chars || chars + allowed < folded.chars {
            continue;
        }
        let d = bounded_distance(&query, &folded.lower_chars, allowed);
        if d <= allowed {
            // Prefer the same case, then the shorter name (symbols before long aliases).
            let exact_chars: Vec<char> = folded.name.chars().collect();
            let case_penalty = if bounded_distance(&original, &exact_chars, allowed) == d { 0 } else { 1 };
            scored.push((d * 2 + case_penalty, folded.chars, folded.name.clone(), folded.unit));
        }
    }
    // `KM`, `kpa`: the same letters in another case, prefixed forms included.
    if chars <= 8 {
        let letters: Vec<char> = name.chars().collect();
        let mut variants = vec![lower.clone(), crate::case::to_upper(name)];
        for i in 0..letters.len() {
            let mut v = letters.clone();
            v[i] = if crate::case::is_upper(v[i]) { crate::case::lower(v[i]) } else { crate::case::upper(v[i]) };
            variants.push(v.iter().collect());
            let mut w: Vec<char> = lower.chars().collect();
            if i < w.len() {
                w[i] = crate::case::upper(w[i]);
                variants.push(w.iter().collect());
            }
        }
        for (i, v) in variants.into_iter().enumerate() {
            if v != name {
                if let Some(found) = r.lookup(&v) {
                    // All lower case (`km`) is the likeliest meaning of a shouted `KM`.
                    scored.push((if i == 0 { 0 } else { 1 }, v.len(), v, found.unit));
                }
            }
        }
    }
    // `kilometr`: a prefix name with a misspelt unit name after it.
    for p in crate::prefix::PREFIXES {
        if let Some(rest) = lower.strip_prefix(p.name) {
            let rest_chars = rest.chars().count();
            if rest_chars < 3 {
                continue;
            }
            let rest_chars: Vec<char> = rest.chars().collect();
            for folded in names.iter() {
                let u = &r.units[folded.unit];
                let takes = match p.kind {
                    crate::prefix::PrefixKind::Si => u.si_prefixes,
                    crate::prefix::PrefixKind::Binary => u.binary_prefixes,
                };
                if !takes || folded.chars < 3 || folded.name != u.singular && folded.name != u.plural {
                    continue;
                }
                let bound = tolerance(rest_chars.len()).max(1);
                let d = bounded_distance(&rest_chars, &folded.lower_chars, bound);
                if d <= bound {
                    scored.push((d * 2, folded.name.len() + p.name.len(), format!("{}{}", p.name, folded.name), folded.unit));
                }
            }
        }
    }
    scored.sort();
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for (_, _, key, unit) in scored {
        if seen.contains(&unit) {
            continue;
        }
        seen.push(unit);
        out.push(key);
        if out.len() == 3 {
            break;
        }
    }
    out
}

/// Units matching `text` by name, symbol or alias, best first (indices into `units`); the
/// engine's `find_units` adds the listed prefixed forms and the match by size.
pub fn find_units(r: &UnitTable, text: &str, limit: usize) -> Vec<usize> {
    rank_units(r, text, limit, None, None, None).into_iter().filter(|u| u.prefix.is_none()).map(|u| u.unit).collect()
}

/// How well `name` matches the query (lower is better), or None.
fn name_score(name: &str, query: &str, lower: &str, allowed: usize) -> Option<usize> {
    let name_lower = crate::case::fold(name);
    Some(if name == query {
        0
    } else if name_lower == lower {
        2
    } else if name_lower.starts_with(lower) {
        10 + (name_lower.len() - lower.len()).min(20)
    } else if name_lower.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(lower)) {
        40 + (name_lower.len() - lower.len()).min(20)
    } else if lower.len() >= 3 && name_lower.contains(lower) {
        70
    } else if allowed > 0 {
        let d = edit_distance(lower, &name_lower);
        if d <= allowed {
            100 + d * 10
        } else {
            return None;
        }
    } else {
        return None;
    })
}

/// Units and the listed prefixed forms (`km`, `MiB`) matching `text` by name, symbol or
/// alias, best first. Matches exact names, then word prefixes, then substrings, then near
/// misses; `spec`, the size of a text that is itself a unit expression (`miles/h`), also
/// finds the units of exactly that size. Among equally good matches, units of `category`
/// come first, then the data's order. With a language, its names match too (`Meile`,
/// `pied`), as well as the English ones.
pub fn rank_units(
    r: &UnitTable,
    text: &str,
    limit: usize,
    spec: Option<&UnitSpec>,
    category: Option<usize>,
    language: Option<&Language>,
) -> Vec<UnitRef> {
    let query = text.trim();
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    if query.chars().count() > 200 {
        return Vec::new();
    }
    let lower = crate::case::fold(query);
    let allowed = tolerance(lower.chars().count());
    // Candidates: every unit, then every prefixed form a category lists.
    let mut candidates: Vec<UnitRef> = (0..r.units.len()).map(|unit| UnitRef { unit, prefix: None }).collect();
    for c in &r.categories {
        candidates.extend(c.units.iter().filter(|u| u.prefix.is_some()));
    }
    let mut best: Vec<Option<usize>> = vec![None; candidates.len()];
    let mut offer = |slot: usize, score: usize| {
        let slot = &mut best[slot];
        if slot.map_or(true, |s| score < s) {
            *slot = Some(score);
        }
    };
    let typed_name = language.and_then(|l| l.find(query)).and_then(|english| r.lookup(english));
    if let Some(found) = typed_name.or_else(|| r.lookup(query)) {
        if let Some(slot) = candidates.iter().position(|&c| c == found) {
            offer(slot, 0);
        }
    }
    // The language's names compare without accents (`metro` finds `metro`, `Fuss` `Fuß`).
    let plain_query = typed_form(query);
    for (slot, &c) in candidates.iter().enumerate() {
        let u = &r.units[c.unit];
        if let Some(spec) = spec {
            let size = r.resolve_ref(c);
            if size.dim == spec.dim && size.offset == spec.offset && size.factor.to_f64() == spec.factor.to_f64() {
                offer(slot, 1);
            }
        }
        if let Some((singular, plural)) = language.and_then(|l| l.names_of(&r.entry_id(c))) {
            for name in [singular, plural] {
                if let Some(score) = name_score(&typed_form(name), &plain_query, &plain_query, allowed) {
                    // As good as the English singular.
                    offer(slot, score * 4 + 1);
                }
            }
        }
        let mut score_names = |names: &mut dyn Iterator<Item = &str>| {
            for (rank, name) in names.enumerate() {
                if let Some(score) = name_score(name, query, &lower, allowed) {
                    // Earlier names (symbol, singular) count slightly more than late aliases.
                    offer(slot, score * 4 + rank.min(3));
                }
            }
        };
        match c.prefix {
            None => score_names(
                &mut std::iter::once(u.symbol.as_str())
                    .chain(std::iter::once(u.singular.as_str()))
                    .chain(std::iter::once(u.plural.as_str()))
                    .chain(u.aliases.iter().map(String::as_str))
                    .chain(u.shared_aliases.iter().map(String::as_str)),
            ),
            Some(_) => {
                let e = r.entry(c);
                score_names(&mut [e.symbol.as_str(), e.name.as_str(), e.plural.as_str()].iter().copied())
            }
        }
    }
    let elsewhere = |c: UnitRef| category.map_or(false, |k| r.units[c.unit].category != k);
    let mut ranked: Vec<(usize, bool, usize)> =
        best.iter().enumerate().filter_map(|(i, s)| s.map(|s| (s, elsewhere(candidates[i]), i))).collect();
    ranked.sort();
    ranked.into_iter().take(limit).map(|(_, _, i)| candidates[i]).collect()
}
