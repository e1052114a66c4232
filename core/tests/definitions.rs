//! The data-file reader: categories may continue across files; mistakes name file and line.

use unit_core::Registry;

const BASE: &str = "
[category length]
name: Length
base: m
common: m
meter | m | meter | meters | - | base length | si | SI
";

const MORE: &str = "
# Old units, filed separately but still lengths.
[category length]
common: ft
foot | ft | foot | feet | - | 0.3048 m | - | 1959 agreement
";

#[test]
fn a_category_continues_in_another_file() {
    let r = Registry::from_files(&[("base.units", BASE), ("old.units", MORE)]).unwrap();
    assert_eq!(r.categories.len(), 1);
    let symbols: Vec<String> = r.categories[0].units.iter().map(|&u| r.entry(u).symbol).collect();
    assert_eq!(symbols, ["m", "ft"]);
    assert_eq!(r.convert(1.0, "ft", "m").unwrap(), 0.3048);
}

#[test]
fn a_continuation_may_not_change_the_base() {
    let clash = "[category length]\nbase: s\n";
    let e = Registry::from_files(&[("base.units", BASE), ("bad.units", clash)]).err().unwrap();
    assert!(e.starts_with("bad.units:2:"), "{}", e);
}

#[test]
fn errors_name_the_file_and_line() {
    let broken = "[category length]\nname: Length\nbase: m\nmeter | m | meter\n";
    let e = Registry::from_files(&[("x.units", broken)]).err().unwrap();
    assert!(e.starts_with("x.units:4:"), "{}", e);
    let unknown = "[category length]\nname: Length\nbase: m\nfoo | foo | foo | foos | - | 3 bar | - | nowhere\n";
    let e = Registry::from_files(&[("y.units", unknown)]).err().unwrap();
    assert!(e.contains("y.units:4") && e.contains("bar"), "{}", e);
}

#[test]
fn an_id_may_not_be_another_units_name() {
    // Callers pass ids where names go; `ft` as the id of another unit would read as the foot.
    let clash = "[category length]\nfeetish | fi | feetish | feetishes | - | 2 m | - | test\nft | fx | fx | fxs | - | 3 m | - | test\n";
    let e = Registry::from_files(&[("base.units", BASE), ("old.units", MORE), ("c.units", clash)]).err().unwrap();
    assert!(e.contains("id 'ft' is also a name of 'foot'"), "{}", e);
}

mod records {
    use unit_core::definitions::Records;

    fn read(text: &str) -> Result<Records, String> {
        let mut r = Records::default();
        r.read("t.units", text).map(|_| r)
    }

    #[test]
    fn fields_are_read_as_written() {
        let text = "# a comment\n[category  data ]\nname: Data # trailing comment\nbase: B\ncommon: B bit\ncommon: KiB\nreciprocal: yes\n\n\
                    byte | B | byte | - | octet, ~shared one,  - , | 8 bit | si binary | IEC 80000-13\n\
                    bit | bit | bit | bits | - | base information | - | IEC\n";
        let r = read(text).unwrap();
        assert_eq!(r.categories.len(), 1);
        let c = &r.categories[0];
        assert_eq!((c.id.as_str(), c.name.as_str(), c.base.as_str()), ("data", "Data", "B"));
        assert_eq!(c.common, vec!["B", "bit", "KiB"]);
        assert!(c.reciprocal);
        assert_eq!((c.file.as_str(), c.line), ("t.units", 2));
        let b = &r.units[0];
        assert_eq!((b.id.as_str(), b.symbol.as_str(), b.singular.as_str(), b.plural.as_str()), ("byte", "B", "byte", "byte"));
        assert_eq!(b.aliases, vec!["octet"]);
        assert_eq!(b.shared_aliases, vec!["shared one"]);
        assert_eq!((b.definition.as_str(), b.source.as_str()), ("8 bit", "IEC 80000-13"));
        assert!(b.si_prefixes && b.binary_prefixes);
        assert_eq!((b.category, b.file.as_str(), b.line), (0, "t.units", 9));
        let bit = &r.units[1];
        assert_eq!(bit.plural, "bits");
        assert!(bit.aliases.is_empty() && bit.shared_aliases.is_empty());
        assert!(!bit.si_prefixes && !bit.binary_prefixes);
        assert!(!read("[category x]\nreciprocal: no\n").unwrap().categories[0].reciprocal);
        // The same setting twice with the same value is fine; another value is not.
        assert!(read("[category x]\nbase: m\nbase: m\n").is_ok());
    }

    #[test]
    fn mistakes_are_named_with_file_and_line() {
        let cases = [
            ("[categori x]\n", "t.units:1: expected [category ID], [readings], [customary] or [language CODE]"),
            ("[category x\n", "t.units:1: expected [category ID], [readings], [customary] or [language CODE]"),
            ("a | b | c | d | e | f | g | h\n", "t.units:1: a unit or setting before any [category ...]"),
            ("[category x]\nname Length\n", "t.units:2: expected 'key: value' or a unit line"),
            ("[category x]\ncolour: red\n", "t.units:2: unknown setting 'colour'"),
            ("[category x]\nname: A\nname: B\n", "t.units:3: the category's name is already 'A'"),
            ("[category x]\nbase: m\n\nbase: s\n", "t.units:4: the category's base is already 'm'"),
            ("[category x]\na | b | c\n", "t.units:2: expected 8 columns separated by '|', found 3"),
            ("[category x]\na | b | c | d | e | f | metric | h\n", "t.units:2: unknown prefix set 'metric'"),
            ("[category x]\n | b | c | d | e | f | - | h\n", "t.units:2: id, symbol, singular name and definition must not be empty"),
            ("[category x]\na |  | c | d | e | f | - | h\n", "t.units:2: id, symbol, singular name and definition must not be empty"),
            ("[category x]\na | b |  | d | e | f | - | h\n", "t.units:2: id, symbol, singular name and definition must not be empty"),
            ("[category x]\na | b | c | d | e |  | - | h\n", "t.units:2: id, symbol, singular name and definition must not be empty"),
        ];
        for (text, message) in cases {
            assert_eq!(read(text).err().as_deref(), Some(message), "{:?}", text);
        }
        assert!(read("[category x]\na | b | c |  |  | f |  | \n").is_ok(), "plural, aliases, prefixes and source may be empty");
    }

    #[test]
    fn readings_and_customary_lines_are_read_as_written() {
        let text = "[readings]\nF | degree_fahrenheit # 98.6 F to C\n\n[customary]\ngal, , gallon | us_gallon | US gallon | imperial_gallon | imperial gallon\n";
        let r = read(text).unwrap();
        assert_eq!(r.readings.len(), 1);
        let f = &r.readings[0];
        assert_eq!((f.name.as_str(), f.unit.as_str(), f.file.as_str(), f.line), ("F", "degree_fahrenheit", "t.units", 2));
        assert_eq!(r.customary.len(), 1);
        let gal = &r.customary[0];
        assert_eq!(gal.names, vec!["gal", "gallon"]);
        assert_eq!(gal.us, ("us_gallon".to_string(), "US gallon".to_string()));
        assert_eq!(gal.uk, ("imperial_gallon".to_string(), "imperial gallon".to_string()));
        assert_eq!((gal.file.as_str(), gal.line), ("t.units", 5));
        assert!(r.categories.is_empty() && r.units.is_empty());
    }

    #[test]
    fn a_language_block_is_read_as_written() {
        let text = "[language de]\nkeywords: in, , nach\nper: pro\nand: und\nplural: not 1\ndative n after: e, el\n\
                    foot | Fuß |  | Fuss, - , Füße\nmile | Meile | Meilen | \ninch | Zoll | - | -\n\
                    [language fr]\nmeter | mètre | mètres | metre\n";
        let r = read(text).unwrap();
        assert_eq!(r.languages.len(), 2);
        // A language's lines are kept as written and read when it is asked for.
        let de = &r.languages[0].read().unwrap();
        assert_eq!((de.code.as_str(), de.file.as_str()), ("de", "t.units"));
        assert_eq!(de.keywords, vec!["in", "nach"]);
        assert_eq!((de.per.clone(), de.and.clone()), (vec!["pro".to_string()], vec!["und".to_string()]));
        assert_eq!(de.plural, vec!["not 1"]);
        assert_eq!(de.dative_n_after, vec!["e", "el"]);
        let names: Vec<(&str, &str, &str, Vec<String>, usize)> =
            de.names.iter().map(|n| (n.unit.as_str(), n.singular.as_str(), n.plural.as_str(), n.forms.clone(), n.line)).collect();
        assert_eq!(
            names,
            vec![
                ("foot", "Fuß", "Fuß", vec!["Fuss".to_string(), "Füße".to_string()], 7),
                ("mile", "Meile", "Meilen", vec![], 8),
                ("inch", "Zoll", "Zoll", vec![], 9),
            ]
        );
        let fr = &r.languages[1].read().unwrap();
        assert_eq!(fr.code, "fr");
        assert_eq!(fr.names.len(), 1);
        assert_eq!((fr.names[0].plural.as_str(), fr.names[0].forms.clone()), ("mètres", vec!["metre".to_string()]));
        assert!(r.categories.is_empty() && r.units.is_empty() && r.readings.is_empty());
    }

    #[test]
    fn mistakes_in_readings_customary_and_language_blocks_are_named() {
        let cases = [
            ("[readings]\nF\n", "t.units:2: expected 'name | unit' in [readings]"),
            ("[readings]\nF | degree_fahrenheit | x\n", "t.units:2: expected 'name | unit' in [readings]"),
            ("[readings]\nF | \n", "t.units:2: expected 'name | unit' in [readings]"),
            ("[customary]\ngal | us_gallon | US gallon | imperial_gallon\n", "t.units:2: expected 'names | US unit | US name | UK unit | UK name' in [customary]"),
            ("[customary]\ngal | us_gallon |  | imperial_gallon | imperial gallon\n", "t.units:2: expected 'names | US unit | US name | UK unit | UK name' in [customary]"),
            ("[language ]\n", "t.units:1: expected [language CODE], the code in lower case (de)"),
            ("[language DE]\n", "t.units:1: expected [language CODE], the code in lower case (de)"),
            ("[language de]\n[language de]\n", "t.units:2: language 'de' is already defined"),
            ("[language de]\nkeywords nach\n", "t.units:2: expected 'key: value' or 'id | singular | plural | other forms'"),
            ("[language de]\ncolour: rot\n", "t.units:2: unknown setting 'colour'"),
            ("[language de]\nfoot | Fuß | Fuß\n", "t.units:2: expected 'id | singular | plural | other forms'"),
            ("[language de]\nfoot | Fuß | Fuß | Fuss | more\n", "t.units:2: expected 'id | singular | plural | other forms'"),
            ("[language de]\n | Fuß | Fuß | Fuss\n", "t.units:2: expected 'id | singular | plural | other forms'"),
            ("[language de]\nfoot |  | Fuß | Fuss\n", "t.units:2: expected 'id | singular | plural | other forms'"),
        ];
        // The lines of a language block are read when the language is asked for, with the
        // same messages.
        let read_all = |text: &str| read(text).and_then(|r| r.languages.iter().try_for_each(|l| l.read().map(|_| ())));
        for (text, message) in cases {
            assert_eq!(read_all(text).err().as_deref(), Some(message), "{:?}", text);
        }
    }

    #[test]
    fn read_numbered_gives_the_line_apart_from_the_message() {
        let mut r = Records::default();
        let e = r.read_numbered("mine.units", "[category x]\n\ncolour: red\n").err();
        assert_eq!(e, Some((3, "unknown setting 'colour'".to_string())));
    }

    #[test]
    fn significant_text_keeps_only_what_the_reader_looks_at() {
        let text = "# a heading\n[category x]   # the block\n  name: X  \n\nfoot | ft | foot | feet | - | 0.3048 m | - | 1959";
        let kept = unit_core::definitions::significant_text(text);
        assert_eq!(kept, "\n[category x]\nname: X\n\nfoot | ft | foot | feet | - | 0.3048 m | - | 1959\n");
        // The reader gets the same records from it, on the same lines.
        let (a, b) = (read(text).unwrap(), read(&kept).unwrap());
        assert_eq!((a.units[0].line, b.units[0].line), (5, 5));
        assert_eq!(b.categories[0].name, "X");
    }
}
