//! Unit names and keywords in the person's language (core/units/lang/*.names): typed,
//! they convert exactly like the English names; the echo uses them; English still works.

use unit_core::{Options, Registry};

const LANGUAGES: [&str; 3] = ["de", "fr", "es"];

fn eval(lang: &str, text: &str) -> unit_core::Quantity {
    let options = Options { lang: Some(lang), ..Options::default() };
    Registry::builtin().evaluate_with(text, &options).unwrap_or_else(|e| panic!("[{}] {}: {}", lang, text, e.message))
}

fn expect(lang: &str, text: &str, shown: &str) {
    assert_eq!(eval(lang, text).display(), shown, "[{}] {}", lang, text);
}

#[test]
fn german_feet_and_inches() {
    let q = eval("de", "5 Fuß 3 Zoll in cm");
    assert_eq!(q.display(), "160.02 cm");
    assert_eq!(q.interpretation, "5 Fuß + 3 Zoll");
    expect("de", "100 Meilen in km", "160.9344 km");
    expect("de", "1 Seemeile nach m", "1852 m");
    expect("de", "2 Tassen in ml", "473.176473 ml");
    expect("de", "1 Esslöffel nach Teelöffel", "3 Teelöffel");
    expect("de", "3 Stunden in min", "180 min");
    expect("de", "20 Grad Celsius in °F", "68 °F");
    // Case and accents do not matter; ß may be written ss.
    expect("de", "5 fuss in m", "1.524 m");
    expect("de", "50 Meilen pro Stunde in km/h", "80.4672 km/h");
    expect("de", "5 Fuß und 3 Zoll in cm", "160.02 cm");
    // After `in` people write the dative plural: in Tagen, in Metern, in Teelöffeln.
    assert_eq!(eval("de", "1 Jahr in Tagen").value, 365.25);
    assert_eq!(eval("de", "5 km in Metern").value, 5000.0);
    assert_eq!(eval("de", "3 Esslöffel in Teelöffeln").value, 9.0);
    assert_eq!(eval("de", "2 Stunden in Minuten").value, 120.0);
}

#[test]
fn french_and_spanish() {
    expect("fr", "5 pieds 3 pouces en cm", "160.02 cm");
    assert_eq!(eval("fr", "5 pieds 3 pouces en cm").interpretation, "5 pieds + 3 pouces");
    expect("fr", "2 cuillères à soupe en ml", "29.5735295625 ml");
    expect("fr", "1 litre en tasses", &Registry::builtin().evaluate("1 litre to cups").unwrap().display().replace("cups", "tasses"));
    expect("fr", "100 degrés Celsius en °F", "212 °F");
    expect("es", "5 pies 3 pulgadas a cm", "160.02 cm");
    expect("es", "10 millas en km", "16.09344 km");
    expect("es", "3 cucharadas a ml", "44.36029434375 ml");
    expect("es", "2 litros a tazas", &Registry::builtin().evaluate("2 liters to cups").unwrap().display().replace("cups", "tazas"));
    expect("es", "100 grados Celsius a °F", "212 °F");
}

#[test]
fn english_names_and_symbols_still_work_in_every_language() {
    for lang in LANGUAGES {
        expect(lang, "5 ft 3 in to cm", "160.02 cm");
        expect(lang, "5 feet 3 inches to cm", "160.02 cm");
        expect(lang, "100 km/h to mph", "62.1371192237334 mph");
    }
    // Without a language, the other languages' names are unknown.
    assert!(Registry::builtin().evaluate("5 Fuß in cm").is_err());
}

#[test]
fn spanish_a_is_the_keyword_between_a_quantity_and_a_unit_and_otherwise_the_year() {
    expect("es", "5 pies a cm", "152.4 cm");
    expect("es", "100 km/h a mph", "62.1371192237334 mph");
    // `a` right after a number is still the year (or the are where only that converts).
    expect("es", "2 a a d", "730.5 d");
    expect("es", "1 a a m^2", "100 m^2");
}

#[test]
fn the_customary_setting_applies_to_plain_names_in_a_language() {
    let uk = Options { lang: Some("de"), customary: unit_core::Customary::Uk, ..Options::default() };
    let q = Registry::builtin().evaluate_with("1 Gallone in l", &uk).expect("converts");
    assert_eq!(q.display(), "4.54609 l");
    expect("de", "1 Gallone in l", "3.785411784 l");
    assert_eq!(eval("de", "1 Gallone in l").interpretation, "1 US-Gallone");
}

#[test]
fn every_name_converts_exactly_like_its_unit() {
    let r = Registry::builtin();
    let mut failures = Vec::new();
    let mut checked = 0;
    for lang in LANGUAGES {
        let language = r.language(lang).expect("language data");
        for (unit, singular, plural) in &language.names {
            // Each name, typed, is exactly one of its unit (by the unit's id as target),
            // and 3.7 of them are what 3.7 of the unit's symbol are.
            let symbol = r.entry(r.lookup(unit).expect("checked at build")).symbol;
            for name in [singular, plural] {
                checked += 1;
                let options = Options { lang: Some(lang), ..Options::default() };
                let one = r.evaluate_with(&format!("1 {} to {}", name, unit), &options);
                let typed = r.evaluate_with(&format!("3.7 {} to m^0*{}", name, unit), &options).map(|q| q.value);
                let reference = r.evaluate(&format!("3.7 {} to m^0*{}", unit, unit)).map(|q| q.value);
                match (one, typed, reference) {
                    (Ok(q), Ok(a), Ok(b)) if q.value == 1.0 && a.to_bits() == b.to_bits() => {}
                    (Ok(q), _, _) if q.value == 1.0 => {}
                    (Ok(q), _, _) => failures.push(format!("[{}] '{}' is {} {} ({})", lang, name, q.value, unit, symbol)),
                    (Err(e), _, _) => failures.push(format!("[{}] '{}': {}", lang, name, e.message)),
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} names read otherwise:\n{}", failures.len(), checked, failures.join("\n"));
}

#[test]
fn every_typed_form_is_one_of_its_unit() {
    // The other forms and the datives too (`Std`, `Tagen`), as compared: lower case,
    // without accents (`fuss`), which is how people may type them.
    let r = Registry::builtin();
    let mut failures = Vec::new();
    let mut checked = 0;
    for lang in LANGUAGES {
        let options = Options { lang: Some(lang), ..Options::default() };
        for (form, unit) in r.language(lang).expect("language data").typed_forms() {
            checked += 1;
            match r.evaluate_with(&format!("1 {} to {}", form, unit), &options) {
                Ok(q) if q.value == 1.0 => {}
                Ok(q) => failures.push(format!("[{}] '{}' is {} {}", lang, form, q.value, unit)),
                Err(e) => failures.push(format!("[{}] '{}': {}", lang, form, e.message)),
            }
        }
    }
    assert!(checked > 5000, "{} forms", checked);
    assert!(failures.is_empty(), "{} of {} forms read otherwise:\n{}", failures.len(), checked, failures.join("\n"));
}

#[test]
fn names_in_a_language_name_units_that_exist() {
    let broken = "[language xx]\nkeywords: zu\nnot_a_unit | Nichts | |\n";
    let mut files: Vec<(&str, &str)> = unit_core::builtin_files().to_vec();
    files.push(("lang/xx.names", broken));
    let e = Registry::from_files(&files).err().expect("an unknown id is refused");
    assert!(e.contains("lang/xx.names:3") && e.contains("not_a_unit"), "{}", e);
    let twice = "[language xx]\nfoot | Fuß | |\ninch | Fuß | |\n";
    files.pop();
    files.push(("lang/xx.names", twice));
    let e = Registry::from_files(&files).err().expect("one name for two units is refused");
    assert!(e.contains("lang/xx.names:3"), "{}", e);
}

#[test]
fn the_echo_uses_the_language_and_english_without_it() {
    assert_eq!(eval("de", "5 ft 3 in").interpretation, "5 Fuß + 3 Zoll");
    assert_eq!(eval("es", "2 mi").interpretation, "2 millas");
    // A count takes the name of many: in French from 2, elsewhere whenever it is not 1.
    assert_eq!(eval("es", "1 mi").interpretation, "1 milla");
    assert_eq!(eval("es", "1.5 mi").interpretation, "1.5 millas");
    assert_eq!(eval("fr", "1.5 mi").interpretation, "1.5 mille");
    assert_eq!(eval("fr", "2 mi").interpretation, "2 milles");
    assert_eq!(eval("fr", "0.5 pouce").interpretation, "0.5 pouce");
    assert_eq!(eval("de", "3 Gallonen in l").interpretation, "3 US-Gallonen");
    assert_eq!(eval("de", "1 Meile").interpretation, "1 Meile");
    assert_eq!(Registry::builtin().evaluate("5 ft 3 in").unwrap().interpretation, "5 foot + 3 inch");
    // An unknown language reads and speaks English.
    assert_eq!(eval("xx", "5 ft 3 in").interpretation, "5 foot + 3 inch");
}

#[test]
fn search_finds_units_by_their_names_in_the_language() {
    let r = Registry::builtin();
    let found = r.find_units("Meile", 3, None, Some("de"));
    assert_eq!(found[0].id, "mile");
    assert_eq!(found[0].name, "Meile");
    assert_eq!(found[0].plural, "Meilen");
    assert_eq!(r.find_units("pulgada", 1, None, Some("es"))[0].id, "inch");
    assert_eq!(r.find_units("cuillere a soupe", 1, None, Some("fr"))[0].id, "us_tablespoon");
    assert_eq!(r.find_units("mile", 1, None, None)[0].name, "mile");
}

/// The common categories of the window (gui/models.py COMMON_CATEGORIES).
const COMMON: [&str; 12] =
    ["length", "mass", "volume", "temperature", "area", "speed", "time", "data", "energy", "pressure", "fuel_economy", "power"];

#[test]
fn units_falling_back_to_english_are_counted() {
    let r = Registry::builtin();
    let mut required: Vec<String> = Vec::new();
    for c in &r.categories {
        // The first units of a category are its `common:` list.
        let listed: Vec<String> = c.units.iter().map(|&u| r.entry(u).id).collect();
        if COMMON.contains(&c.id.as_str()) {
            required.extend(listed);
        } else {
            required.extend(listed.into_iter().take(common_count(&c.id)));
        }
    }
    required.dedup();
    let all: Vec<String> = r.categories.iter().flat_map(|c| c.units.iter().map(|&u| r.entry(u).id)).collect();
    for lang in LANGUAGES {
        let names = r.unit_names(lang);
        let named = |id: &String| names.iter().any(|(u, _, _)| u == id);
        let missing_required: Vec<&String> = required.iter().filter(|id| !named(id)).collect();
        let missing_all = all.iter().filter(|id| !named(id)).count();
        println!(
            "[{}] translated {} of {} units; untranslated (English shown): {}; of the common categories and common lists: {} of {} untranslated",
            lang,
            all.len() - missing_all,
            all.len(),
            missing_all,
            missing_required.len(),
            required.len()
        );
        println!("[{}] untranslated common: {:?}", lang, missing_required);
        // Every unit of the common categories and of a `common:` list has a name in each
        // language; the rest of the table may still fall back to English (counted above).
        assert!(
            missing_required.is_empty(),
            "[{}] {} units of the common categories and common lists have no name: {:?}",
            lang,
            missing_required.len(),
            missing_required
        );
        // The everyday units are translated everywhere.
        for id in ["meter", "kilometer", "foot", "inch", "mile", "nautical_mile", "us_cup", "us_tablespoon", "us_teaspoon", "liter", "kilogram", "hour", "degree_celsius"] {
            assert!(named(&id.to_string()), "[{}] {} has no name", lang, id);
        }
    }
}

/// How many units the `common:` lines of a category list (its first units).
fn common_count(category: &str) -> usize {
    let mut count = 0;
    let mut current = "";
    for (_, text) in unit_core::builtin_files() {
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(id) = line.strip_prefix("[category ").and_then(|s| s.strip_suffix(']')) {
                current = id.trim();
            } else if let Some(list) = line.strip_prefix("common:") {
                if current == category {
                    count += list.split_whitespace().count();
                }
            }
        }
    }
    count
}

#[test]
fn a_target_keyword_is_never_offered_as_a_unit() {
    // Spanish `a` starts the target; it is also the year and the are, but where it stands
    // as the keyword no other reading turns it into a unit (`10 km are millas`).
    for text in ["5 pies 3 pulgadas a cm", "10 km a millas"] {
        let q = eval("es", text);
        assert!(q.alternatives.is_empty(), "{}: {:?}", text, q.alternatives);
        assert!(q.notes.is_empty(), "{}: {:?}", text, q.notes);
    }
    // Where it is the unit, it is read as one: 2 are are 200 m².
    assert_eq!(eval("es", "2 a a m2").value, 200.0);
}

#[test]
fn currencies_are_named_and_typed_in_each_language() {
    // The currencies of the rates in use take their names from core/money/currencies.txt.
    let r = Registry::with_snapshot();
    let eval_in = |lang: &str, text: &str| {
        r.evaluate_with(text, &Options { lang: Some(lang), ..Options::default() }).unwrap_or_else(|e| panic!("{}: {}", text, e.message))
    };
    for (lang, usd) in [("de", "US-Dollar"), ("fr", "dollar américain"), ("es", "dólar estadounidense")] {
        let names = r.unit_names(lang);
        let found = names.iter().find(|(id, _, _)| id == "usd").unwrap_or_else(|| panic!("[{}] usd unnamed", lang));
        assert_eq!(found.1, usd);
        for code in ["eur", "gbp", "chf", "jpy"] {
            assert!(names.iter().any(|(id, _, _)| id == code), "[{}] {} unnamed", lang, code);
        }
    }
    let usd_in_eur = r.evaluate("100 USD to EUR").unwrap().value;
    assert_eq!(eval_in("fr", "100 dollars américains en euros").value, usd_in_eur);
    assert_eq!(eval_in("es", "100 dólares a euros").value, usd_in_eur);
    assert_eq!(eval_in("fr", "100 francs suisses en euros").value, r.evaluate("100 CHF to EUR").unwrap().value);
    assert_eq!(eval_in("es", "100 libras esterlinas a euros").interpretation, "100 libras esterlinas");
    assert_eq!(eval_in("fr", "2 USD en EUR").interpretation, "2 dollars américains");
    assert_eq!(eval_in("de", "1 USD in EUR").interpretation, "1 US-Dollar");
}

/// The language's words for `per`, `and` and `to` work as the English ones; any other
/// unknown word is reported, neither dropped as an `and` nor taken for a `to`.
#[test]
fn per_and_to_in_the_language_and_unknown_words() {
    expect("de", "100 km pro h in m/s", "27.7777777777778 m/s");
    expect("fr", "36 km par h en m/s", "10 m/s");
    expect("de", "5 Fuß und 3 Zoll in cm", "160.02 cm");
    expect("de", "5 Fuß 3 Zoll nach cm", "160.02 cm");
    let options = Options { lang: Some("de"), ..Options::default() };
    for text in ["5 Fuß blub 3 Zoll", "5 Fuß blub cm"] {
        let e = Registry::builtin().evaluate_with(text, &options).err().unwrap_or_else(|| panic!("{} was read", text));
        assert_eq!(e.code(), "unknown_unit", "{}: {}", text, e);
        assert!(e.to_string().contains("blub"), "{}: {}", text, e);
    }
}

#[test]
fn a_currency_of_several_words_may_be_typed_without_its_accents() {
    // The words of a currency's name in the language are compared as the language's own
    // names are: case and accents ignored (`dolares` for `dólares`), which English is not.
    let r = Registry::with_snapshot();
    let eval_in = |lang: &str, text: &str| {
        r.evaluate_with(text, &Options { lang: Some(lang), ..Options::default() }).unwrap_or_else(|e| panic!("{}: {}", text, e.message))
    };
    let usd_in_eur = r.evaluate("100 USD to EUR").unwrap().value;
    let q = eval_in("es", "100 dolares estadounidenses a euros");
    assert_eq!((q.value, q.interpretation.as_str()), (usd_in_eur, "100 dólares estadounidenses"));
    assert_eq!(eval_in("fr", "100 couronnes tcheques en euros").interpretation, "100 couronnes tchèques");
    assert_eq!(eval_in("de", "100 Danische Kronen in Euro").value, r.evaluate("100 DKK to EUR").unwrap().value);
    assert_eq!(r.evaluate("100 dolares estadounidenses to EUR").unwrap_err().code(), "unknown_unit");
}
