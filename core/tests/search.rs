//! Finding units: the edit distance against a plain reference implementation, "did you
//! mean" suggestions and ranked search on a small table of our own (so the expectations
//! do not move with the built-in data).

use unit_core::search::{edit_distance, find_units, rank_units, suggestions};
use unit_core::UnitTable;

mod common;
use common::Rng;

/// Optimal string alignment distance, the textbook full-matrix way.
fn reference_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for j in 0..=b.len() {
        d[0][j] = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[test]
fn edit_distance_matches_the_reference() {
    for (a, b, d) in [("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("ab", "ba", 1), ("feet", "fete", 1), ("metre", "meter", 1), ("µm", "um", 1), ("ca", "abc", 3)] {
        assert_eq!(edit_distance(a, b), d, "{} {}", a, b);
        assert_eq!(reference_distance(a, b), d, "reference {} {}", a, b);
    }
    let alphabet: Vec<char> = "abcµé ".chars().collect();
    let mut rng = Rng(0x5DEE_CE66_D1CE_4E5B);
    let word = |rng: &mut Rng| -> String {
        let n = (rng.next() % 9) as usize;
        (0..n).map(|_| alphabet[(rng.next() % alphabet.len() as u64) as usize]).collect()
    };
    for _ in 0..3000 {
        let (a, b) = (word(&mut rng), word(&mut rng));
        assert_eq!(edit_distance(&a, &b), reference_distance(&a, &b), "{:?} {:?}", a, b);
    }
    // Past 64 characters the bounded search gives up: more than any bound.
    let long = "a".repeat(65);
    assert!(edit_distance(&long, "a") > 1000);
}

fn table() -> UnitTable {
    let data = "[category length]\nname: Length\nbase: m\ncommon: km\n\
meter | m | meter | meters | metre, metres | base length | si | SI\n\
foot | ft | foot | feet | - | 0.3048 m | - | 1959\n\
furlong | fur | furlong | furlongs | - | 660 ft | - | 1959\n\
fathom | ftm | fathom | fathoms | - | 6 ft | - | 1959\n\
[category mass]\nname: Mass\nbase: kg\n\
kilogram | kg | kilogram | kilograms | - | base mass | - | SI\n\
gram | g | gram | grams | - | kg / 1000 | si | SI\n\
[category pressure]\nname: Pressure\nbase: Pa\n\
pascal | Pa | pascal | pascals | - | kg / (m s^2) | si | SI\n\
[category time]\nname: Time\nbase: s\n\
second | s | second | seconds | - | base time | si | SI\n";
    UnitTable::from_files(&[("t.units", data)]).unwrap()
}

#[test]
fn suggestions_for_unknown_names() {
    let t = table();
    // One suggestion per unit (its closest name), best first, at most three.
    let cases: &[(&str, &[&str])] = &[
        ("fet", &["ft"]),
        ("metr", &["meter"]),
        ("Meter", &["meter"]),
        ("KM", &["km", "kg"]),
        ("Kg", &["kg", "g"]),
        ("kpa", &["kPa"]),
        ("PA", &["Pa"]),
        ("kilometr", &["kilometer"]),
        ("kilometres", &["kilometers"]),
        ("furlongg", &["furlong"]),
        ("fathm", &["fathom"]),
        ("q", &["g", "m", "s"]),
        ("zzzz", &[]),
        ("sec", &[]),
    ];
    for &(name, expected) in cases {
        assert_eq!(suggestions(&t, name), expected, "{:?}", name);
    }
    assert!(suggestions(&t, &"m".repeat(65)).is_empty());
}

#[test]
fn ranked_search() {
    let t = table();
    let ids = |text: &str, limit: usize| -> Vec<String> { rank_units(&t, text, limit, None, None, None).into_iter().map(|r| t.entry(r).id).collect() };
    assert_eq!(ids("ft", 1), vec!["foot"]);
    assert_eq!(ids("feet", 1), vec!["foot"]);
    assert_eq!(ids("FEET", 1), vec!["foot"]);
    assert_eq!(ids("fath", 1), vec!["fathom"]);
    assert_eq!(ids("furlnog", 1), vec!["furlong"]);
    assert_eq!(ids("km", 1), vec!["kilometer"]);
    assert_eq!(ids("f", 10)[0], "foot");
    assert!(ids("f", 10).contains(&"fathom".to_string()) && ids("f", 10).contains(&"furlong".to_string()));
    assert_eq!(ids("f", 2).len(), 2);
    assert!(ids("", 5).is_empty() && ids("   ", 5).is_empty() && ids("ft", 0).is_empty());
    assert!(ids(&"x".repeat(201), 5).is_empty());
    assert!(ids("qqqq", 5).is_empty());
    // "metres" is an alias: found, after nothing better.
    assert_eq!(ids("metres", 1), vec!["meter"]);
    let names = |text: &str| -> Vec<String> { find_units(&t, text, 5).into_iter().map(|i| t.units[i].id.clone()).collect() };
    assert_eq!(names("furlong"), vec!["furlong"]);
    assert_eq!(names("gram"), vec!["gram", "kilogram"]);
    // find_units leaves out prefixed forms.
    let found: Vec<String> = find_units(&t, "km", 5).into_iter().map(|i| t.units[i].id.clone()).collect();
    assert!(!found.contains(&"kilometer".to_string()));
    // A unit of the same size ranks next to the exact name; a category comes first.
    let spec = t.resolve_ref(t.lookup("ft").unwrap());
    let same_size: Vec<String> = rank_units(&t, "xyz", 5, Some(&spec), None, None).into_iter().map(|r| t.entry(r).id).collect();
    assert_eq!(same_size, vec!["foot"]);
    let time = t.categories.iter().position(|c| c.id == "time");
    let s_first: Vec<String> = rank_units(&t, "s", 3, None, time, None).into_iter().map(|r| t.entry(r).id).collect();
    assert_eq!(s_first[0], "second");
}

/// Case variants go beyond ASCII: Latin-1 and Greek letters change case by their own
/// offsets, while `÷`, `×`, the final sigma `ς` and the unassigned U+03A2 are no letters
/// of another case.
#[test]
fn case_variants_of_latin1_and_greek_names() {
    let data = "[category length]\nname: Length\nbase: m\n\
meter | m | meter | meters | - | base length | si | SI\n\
angstrom | Å | ångström | ångströms | - | 1e-10 m | si | SI\n\
ohm | Ω | ohm | ohms | - | 3 m | si | SI\n\
times | a×b | times | times | - | 2 m | - | -\n\
divided | a÷ | divided | divided | - | 4 m | - | -\n\
sigma | x\u{3a2} | sigma | sigma | - | 5 m | - | -\n\
ex | x | ex | exes | - | 6 m | - | -\n\
final_sigma | fs | qqς | qqςs | - | 7 m | - | -\n";
    let t = UnitTable::from_files(&[("t.units", data)]).unwrap();
    // A prefixed form is found only as a case variant (the fuzzy match sees plain names):
    // `kå` is `kÅ` with its second letter in capitals, `kω` is `kΩ`.
    assert_eq!(suggestions(&t, "kå"), vec!["kÅ"]);
    assert_eq!(suggestions(&t, "kω"), vec!["kΩ"]);
    assert_eq!(suggestions(&t, "KΩ"), vec!["kΩ"]);
    // `÷` is not a lower-case `×`: `a×b` is one typo away from `a÷b`, no better than the
    // shorter `a÷`, also one typo away.
    assert_eq!(suggestions(&t, "a÷b"), vec!["a÷", "a×b"]);
    // `ς` has no capital: `xς` is one typo from `x` and from `x\u{3a2}`, the shorter first.
    assert_eq!(suggestions(&t, "xς"), vec!["x", "x\u{3a2}"]);
    // U+03A2 is no capital sigma: a name with it is not a name with `ς` in another case.
    assert_eq!(t.lookup("qq\u{3a2}"), None);
    assert_eq!(t.lookup("QQΣ"), None);
    assert!(t.lookup("QQς").is_some());
}

/// The distance works on texts up to 64 characters, either side; past that it gives up.
#[test]
fn edit_distance_up_to_sixty_four_characters() {
    let a64 = "a".repeat(64);
    let a63b = format!("{}b", "a".repeat(63));
    assert_eq!(edit_distance(&a64, &a63b), 1);
    assert_eq!(edit_distance(&"a".repeat(63), &a64), 1);
    assert_eq!(edit_distance(&a64, &"a".repeat(63)), 1);
    assert!(edit_distance("a", &"a".repeat(65)) > 1000);
}

fn own_table() -> UnitTable {
    let long_name = format!("longunit{}", "x".repeat(53));
    let data = format!(
        "[category length]\nname: Length\nbase: m\n\
meter | m | meter | meters | - | base length | - | SI\n\
txy | Txy | txy | txys | - | 2 m | - | -\n\
txz | txz | txz | txzs | - | 3 m | - | -\n\
megameter | Mgm | megameter | megameters | - | 4 m | - | -\n\
megametr | Mgmt | Megametr | Megametrs | - | 5 m | - | -\n\
bar | bar | bar | bars | - | 6 m | si | -\n\
pascal | Pa | pascal | pascals | - | 9 m | si | -\n\
ab | ab | ab | abzzzz | - | 10 m | si | -\n\
kilobaxx | kbx | kilobaxx | kilobaxxes | - | 11 m | - | -\n\
barrrr | brr | barrrr | barrrrs | - | 12 m | si | -\n\
kilobarrrx | kbrx | kilobarrrx | kilobarrrxes | - | 13 m | - | -\n\
feet | ftx | feet | feet | - | 7 m | - | -\n\
long | lu | {} | {}s | - | 8 m | si | -\n",
        long_name, long_name
    );
    UnitTable::from_files(&[("t.units", &data)]).unwrap()
}

#[test]
fn suggestions_rank_by_typos_then_case() {
    let t = own_table();
    // One typo, same case, before one typo that also needs a change of case.
    assert_eq!(suggestions(&t, "Txx"), vec!["Txy", "txz"]);
    // A change of case alone is better than one typo, even on a shorter name.
    assert_eq!(suggestions(&t, "Megameter")[0], "megameter");
    assert_eq!(suggestions(&t, "Megameter")[1], "Megametr");
    // Shouted: all lower case but one letter finds the prefixed form (`KPA` is `kPa`).
    assert_eq!(suggestions(&t, "KPA")[0], "kPa");
    // A prefix before a misspelt name of three letters or more, for units that take one.
    assert!(!suggestions(&t, "kiloba").contains(&"kilobar".to_string()));
    assert!(suggestions(&t, "kilofeex").is_empty());
    // Names of fewer than three letters are not guessed at after a prefix.
    assert!(!suggestions(&t, "kiloabx").contains(&"kiloab".to_string()));
    // A prefixed form one typo away ranks as a name one typo away, the shorter first ...
    assert_eq!(suggestions(&t, "kilobax"), vec!["kilobar", "kilobaxx"]);
    // ... and after a name that differs only in case.
    assert_eq!(suggestions(&t, "Kilobarrrx")[..2], ["kilobarrrx", "kilobarrrr"]);
}

#[test]
fn suggestions_for_names_up_to_sixty_four_characters() {
    let t = own_table();
    let long_name = format!("longunit{}", "x".repeat(53));
    // 64 characters, three typos from the name: still suggested.
    let typed = format!("{}abc", long_name);
    assert_eq!(typed.chars().count(), 64);
    assert_eq!(suggestions(&t, &typed), vec![long_name.clone()]);
    // 65 characters: nothing, not even the prefixed form one typo away.
    let prefixed = format!("kilo{}y", &long_name[..60]);
    assert_eq!(prefixed.chars().count(), 65);
    assert!(suggestions(&t, &prefixed).is_empty());
}

#[test]
fn typos_allowed_grow_with_the_length_of_the_query() {
    let t = table();
    let ids = |text: &str| -> Vec<String> { rank_units(&t, text, 3, None, None, None).into_iter().map(|r| t.entry(r).id).collect() };
    // Up to two letters: exact only; 3–5: one typo; 6–9: two; 10 and more: three.
    assert!(ids("fz").is_empty());
    assert_eq!(ids("fxet"), vec!["foot"]);
    assert!(ids("fxxt").is_empty());
    assert_eq!(ids("fxrlxng"), vec!["furlong"]);
    assert!(ids("fxrxxng").is_empty());
    assert_eq!(ids("fxrlxngs"), vec!["furlong"]);
    assert_eq!(ids("kxlxmxters"), vec!["kilometer"]);
    assert!(ids("kxlxmxtxrs").is_empty());
}

/// Ranked search by tiers: the name in another case, then names that start with the query
/// (shorter first), names with a word that starts with it (shorter first), names that
/// contain it, and last names one or two typos away (fewer first). Ties keep the data's
/// order, so units are listed here against the expected order where that matters.
#[test]
fn ranked_search_tiers() {
    let unit = |id: &str, n: usize, name: &str| format!("{} | s{} | {} | {}s | - | {} m | - | -\n", id, n, name, name, n);
    let mut data = String::from("[category length]\nname: Length\nbase: m\nmeter | m | meter | meters | - | base length | - | SI\n");
    for (n, (id, name)) in [
        ("contains", "xboltx".to_string()),
        ("prefix17", format!("bolt{}", "y".repeat(13))),
        ("prefix16", format!("bolt{}", "y".repeat(12))),
        ("prefix5", "boltx".to_string()),
        ("case", "Bolt".to_string()),
        ("word17", format!("{} bolt", "x".repeat(12))),
        ("word16", format!("{} bolt", "x".repeat(11))),
        ("word24", "big big big big big bolt".to_string()),
        ("typo", "bolx".to_string()),
        ("two_typos", "bolzeq".to_string()),
        ("prefix6", "bolteq".to_string()),
    ]
    .iter()
    .enumerate()
    {
        data.push_str(&unit(id, n + 1, name));
    }
    // A unit counts by its best name, wherever that stands (here after a poor symbol).
    data.push_str("late | xxboltxx | boltish | boltishes | - | 20 m | - | -\n");
    // Among names as good, the symbol before the singular before an alias.
    data.push_str("symbol | boltzzz | qxa | qxas | - | 21 m | - | -\n");
    data.push_str("alias | s99 | qya | qyas | boltzz | 22 m | - | -\n");
    let long_name = "l".repeat(200);
    data.push_str(&format!("long | lng | {} | {}s | - | 1 m | - | -\n", long_name, long_name));
    let t = UnitTable::from_files(&[("t.units", &data)]).unwrap();
    let ids = |text: &str| -> Vec<String> { rank_units(&t, text, 20, None, None, None).into_iter().map(|r| t.entry(r).id).collect() };
    assert_eq!(
        ids("bolt"),
        vec!["case", "prefix5", "prefix6", "alias", "symbol", "late", "prefix16", "prefix17", "word16", "word17", "word24", "contains", "typo"]
    );
    // Queries up to 200 characters are searched, longer ones not at all (not even by size).
    assert_eq!(ids(&long_name), vec!["long"]);
    let spec = t.resolve_ref(t.lookup("m").unwrap());
    let by_size = |text: &str| -> Vec<String> { rank_units(&t, text, 20, Some(&spec), None, None).into_iter().map(|r| t.entry(r).id).collect() };
    assert_eq!(by_size(&"q".repeat(200)), vec!["meter", "contains", "long"]);
    assert!(by_size(&"q".repeat(201)).is_empty());
    // `bolteq` is one typo from `bolter`; `boltx`, `Bolt`, `bolzeq` are two.
    assert_eq!(ids("bolter")[0], "prefix6");
    assert!(ids("bolter").contains(&"two_typos".to_string()));
}

/// A name in the person's language counts as much as the English singular: after an
/// English symbol as good, before one a letter longer.
#[test]
fn names_in_a_language_rank_as_the_singular() {
    let data = "[category length]\nname: Length\nbase: m\n\
meter | m | meter | meters | - | base length | - | SI\n\
in_language | qa | qa | qas | - | 2 m | - | -\n\
by_symbol | boltr | qb | qbs | - | 3 m | - | -\n\
longer | boltrr | qc | qcs | - | 4 m | - | -\n\
[language xx]\nkeywords: zu\nin_language | boltq | boltqs |\n";
    let t = UnitTable::from_files(&[("t.units", data)]).unwrap();
    let xx = t.language("xx");
    assert!(xx.is_some());
    let ids: Vec<String> = rank_units(&t, "bolt", 5, None, None, xx.as_deref()).into_iter().map(|r| t.entry(r).id).collect();
    assert_eq!(ids, vec!["by_symbol", "in_language", "longer"]);
    let english: Vec<String> = rank_units(&t, "bolt", 5, None, None, None).into_iter().map(|r| t.entry(r).id).collect();
    assert_eq!(english, vec!["by_symbol", "longer"]);
}
