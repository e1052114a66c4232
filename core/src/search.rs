//! Finding units by what people type: names, symbols, aliases, with typos forgiven, and
//! the "Did you mean" suggestions for unknown names.

use crate::registry::Registry;

/// Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), on chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=m {
        d[0][j] = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            let mut v = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[n][m]
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
pub fn suggestions(r: &Registry, name: &str) -> Vec<String> {
    let chars = name.chars().count();
    if chars > 64 {
        return Vec::new();
    }
    let lower = name.to_lowercase();
    let allowed = tolerance(chars).max(1);
    let mut scored: Vec<(usize, usize, String, usize)> = Vec::new();
    for (key, unit) in r.names() {
        let key_chars = key.chars().count();
        if key_chars + allowed < chars || chars + allowed < key_chars {
            continue;
        }
        let d = edit_distance(&lower, &key.to_lowercase());
        if d <= allowed {
            // Prefer the same case, then the shorter name (symbols before long aliases).
            let case_penalty = if edit_distance(name, key) == d { 0 } else { 1 };
            scored.push((d * 2 + case_penalty, key_chars, key.to_string(), unit));
        }
    }
    // `KM`, `kpa`: the same letters in another case, prefixed forms included.
    if chars <= 8 {
        let letters: Vec<char> = name.chars().collect();
        let mut variants = vec![lower.clone(), name.to_uppercase()];
        for i in 0..letters.len() {
            let mut v = letters.clone();
            v[i] = if v[i].is_uppercase() { v[i].to_lowercase().next().unwrap_or(v[i]) } else { v[i].to_uppercase().next().unwrap_or(v[i]) };
            variants.push(v.iter().collect());
            let mut w: Vec<char> = lower.chars().collect();
            if i < w.len() {
                w[i] = w[i].to_uppercase().next().unwrap_or(w[i]);
                variants.push(w.iter().collect());
            }
        }
        for v in variants {
            if v != name {
                if let Some(found) = r.lookup(&v) {
                    scored.push((1, v.len(), v, found.unit));
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
            for (key, unit) in r.names() {
                let u = &r.units[unit];
                let takes = match p.kind {
                    crate::prefix::PrefixKind::Si => u.si_prefixes,
                    crate::prefix::PrefixKind::Binary => u.binary_prefixes,
                };
                if !takes || key.chars().count() < 3 || *key != u.singular && *key != u.plural {
                    continue;
                }
                let d = edit_distance(rest, &key.to_lowercase());
                if d <= tolerance(rest_chars).max(1) {
                    scored.push((d * 2, key.len() + p.name.len(), format!("{}{}", p.name, key), unit));
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

/// Units matching `text` by name, symbol or alias, best first (indices into `units`).
/// Matches exact names, then word prefixes, then substrings, then near misses; a text that
/// is itself a unit expression (`miles/h`) also finds the units of exactly that size.
pub fn find_units(r: &Registry, text: &str, limit: usize) -> Vec<usize> {
    let query = text.trim();
    if query.is_empty() || limit == 0 {
        return Vec::new();
    }
    if query.chars().count() > 200 {
        return Vec::new();
    }
    let lower = query.to_lowercase();
    let allowed = tolerance(lower.chars().count());
    let mut best: Vec<Option<usize>> = vec![None; r.units.len()];
    let mut offer = |unit: usize, score: usize| {
        let slot = &mut best[unit];
        if slot.map_or(true, |s| score < s) {
            *slot = Some(score);
        }
    };
    if let Some(found) = r.lookup(query) {
        if found.prefix.is_none() {
            offer(found.unit, 0);
        }
    }
    // Only expressions are worth evaluating here; a plain word was looked up above.
    let is_expression = query.contains(|c| matches!(c, '/' | '*' | '^' | '·' | '²' | '³'));
    if let Some(spec) = if is_expression { r.unit_spec(query).ok() } else { None } {
        for (i, u) in r.units.iter().enumerate() {
            if u.dim == spec.dim && u.offset == spec.offset && u.factor.to_f64() == spec.factor.to_f64() {
                offer(i, 1);
            }
        }
    }
    for (i, u) in r.units.iter().enumerate() {
        let names = std::iter::once(&u.symbol)
            .chain(std::iter::once(&u.singular))
            .chain(std::iter::once(&u.plural))
            .chain(u.aliases.iter())
            .chain(u.shared_aliases.iter());
        for (rank, name) in names.enumerate() {
            let name_lower = name.to_lowercase();
            let score = if *name == query {
                0
            } else if name_lower == lower {
                2
            } else if name_lower.starts_with(&lower) {
                10 + (name_lower.len() - lower.len()).min(20)
            } else if name_lower.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with(&lower)) {
                40 + (name_lower.len() - lower.len()).min(20)
            } else if lower.len() >= 3 && name_lower.contains(&lower) {
                70
            } else if allowed > 0 {
                let d = edit_distance(&lower, &name_lower);
                if d <= allowed {
                    100 + d * 10
                } else {
                    continue;
                }
            } else {
                continue;
            };
            // Earlier names (symbol, singular) count slightly more than late aliases.
            offer(i, score * 4 + rank.min(3));
        }
    }
    let mut ranked: Vec<(usize, usize)> = best.iter().enumerate().filter_map(|(i, s)| s.map(|s| (s, i))).collect();
    ranked.sort();
    ranked.into_iter().take(limit).map(|(_, i)| i).collect()
}
