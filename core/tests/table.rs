//! The unit table built from data: every build error names file and line; lookups by
//! symbol, name, folded case, prefix symbol, prefix name and id, in that order; entries.

use unit_core::{Registry, UnitTable};

const LEN: &str = "[category length]\nname: Length\nbase: m\ncommon: km ft\n\
meter | m | meter | meters | metre, metres, mtr | base length | si | SI\n\
foot | ft | foot | feet | - | 0.3048 m | - | 1959\n\
inch | in | inch | inches | ~ins | 1/12 ft | - | 1959\n\
mile | mi | mile | miles | - | 5280 ft | - | 1959\n";
const DATA: &str = "[category data]\nname: Data\nbase: bit\n\
bit | bit | bit | bits | - | base information | si binary | IEC\n\
byte | B | byte | bytes | octet | 8 bit | si binary | IEC\n";
const TEMP: &str = "[category temperature]\nname: Temperature\nbase: K\n\
kelvin | K | kelvin | kelvins | - | base temperature | si | SI\n\
degree_celsius | degC | degree Celsius | degrees Celsius | - | K @ 273.15 | - | SI\n";
const FUEL: &str = "[category fuel]\nname: Fuel\nbase: m/m^3\nreciprocal: yes\n\
km_per_l | km/L | kilometer per liter | - | - | 1000 m / (0.001 m^3) | - | x\n\
l_per_100km | L/100km | liter per 100 kilometers | - | - | 0.001 m^3 / (100000 m) | - | x\n";

fn table() -> UnitTable {
    UnitTable::from_files(&[("len.units", LEN), ("data.units", DATA), ("temp.units", TEMP), ("fuel.units", FUEL)]).unwrap()
}

fn build_error(extra: &str) -> String {
    UnitTable::from_files(&[("len.units", LEN), ("x.units", extra)]).err().expect("should not build")
}

#[test]
fn build_errors_name_file_and_line() {
    let cases = [
        ("[category length]\nmeter | mm | m2 | - | - | 1 m | - | x\n", "x.units:2: id 'meter' is also used at line 5"),
        ("[category length]\nyard | m | yard | - | - | 3 ft | - | x\n", "x.units:2: 'm' names both 'yard' and 'meter' (len.units:5); mark one of them shared with '~'"),
        ("[category length]\nyard | yd | yard | feet | - | 3 ft | - | x\n", "x.units:2: 'feet' names both 'yard' and 'foot' (len.units:6); mark one of them shared with '~'"),
        ("[category length]\nmiles | yd | yard | - | - | 3 ft | - | x\n", "x.units:2: id 'miles' is also a name of 'mile' (len.units:8); pick another id"),
        ("[category length]\nMILE | yd | yard | - | - | 3 ft | - | x\n", "x.units:2: id 'MILE' is also a name of 'mile' (len.units:8); pick another id"),
        ("[category length]\nloop | lp | loop | - | - | 2 lp | - | x\n", "x.units:2: 'loop': x.units:2: definition of 'loop' refers to itself"),
        ("[category length]\nthing | th | thing | - | - | base colour | - | x\n", "x.units:2: 'thing': unknown base dimension 'colour'"),
        ("[category length]\nthing | th | thing | - | - | 2 qqq | - | x\n", "x.units:2: 'thing': Unknown unit \"qqq\"."),
        ("[category length]\nthing | th | thing | - | - | 2 m @ 3 m | - | x\n", "x.units:2: 'thing': the offset after '@' must be a plain number"),
        ("[category length]\nthing | th | thing | - | - | 2 kg | - | x\n", "x.units:2: 'thing': Unknown unit \"kg\"."),
        ("[category mass]\nbase: m\nthing | th | thing | - | - | 2 m^2 | - | x\n", "x.units:3: unit 'thing' has dimension length^2 but category 'mass' is length"),
        ("[category wavenumber]\nbase: m\nthing | th | thing | - | - | 1/m | - | x\n", "x.units:3: unit 'thing' has dimension 1 / length but category 'wavenumber' is length"),
        ("[category mass]\nbase: qq\n", "x.units:1: base 'qq' of category 'mass': Unknown unit \"qq\"."),
        ("[category length]\ncommon: zz\n", "len.units:1: common unit 'zz' is not in category 'length'"),
        ("[category other]\nbase: m\ncommon: ft\n", "x.units:1: common unit 'ft' is not in category 'other'"),
        ("[category length]\nthing | th | thing | - | - | 2 m ) | - | x\n", "x.units:2: 'thing': Unexpected \")\" at position 5."),
        ("[category length]\nthing | th | thing | - | - | 2 m , | - | x\n", "x.units:2: 'thing': Unexpected \",\": write decimals with a point (1.5), and separate target units with \";\" (ft;in)."),
    ];
    for (extra, message) in cases {
        assert_eq!(build_error(extra), message, "{:?}", extra);
    }
    // Shared names (marked ~) and case-folded collisions are allowed.
    assert!(UnitTable::from_files(&[("len.units", LEN), ("x.units", "[category length]\nyard | yd | yard | yards | ~ins, Foot | 3 ft | - | x\n")]).is_ok());
    // A chain of definitions, in any order of the file.
    let chain = "[category length]\nchain2 | ch2 | chain2 | - | - | 2 ch1 | - | x\nchain1 | ch1 | chain1 | - | - | 11 yd | - | x\nyard | yd | yard | - | - | 3 ft | - | x\n";
    let t = UnitTable::from_files(&[("len.units", LEN), ("x.units", chain)]).unwrap();
    let r = t.lookup("ch2").unwrap();
    assert_eq!(t.resolve_ref(r).factor.to_f64(), 2.0 * 11.0 * 3.0 * 0.3048);
}

#[test]
fn lookup_order() {
    let t = table();
    let id_of = |name: &str| t.lookup(name).map(|r| t.entry(r).id);
    assert_eq!(id_of("m").as_deref(), Some("meter"));
    assert_eq!(id_of("metres").as_deref(), Some("meter"));
    assert_eq!(id_of("Feet").as_deref(), Some("foot"));
    assert_eq!(id_of("MILES").as_deref(), Some("mile"));
    assert_eq!(id_of("km").as_deref(), Some("kilometer"));
    // A prefix symbol goes before a symbol or a short name without spaces, not a long name.
    assert_eq!(id_of("kmtr").as_deref(), Some("kilometer"));
    assert_eq!(id_of("kmetres"), None);
    assert_eq!(id_of("µm").as_deref(), Some("micrometer"));
    assert_eq!(id_of("um").as_deref(), Some("micrometer"));
    assert_eq!(id_of("kilometres").as_deref(), Some("kilometer"));
    assert_eq!(id_of("Kilometer").as_deref(), Some("kilometer"));
    assert_eq!(id_of("kilometer").as_deref(), Some("kilometer"));
    assert_eq!(id_of("KiB").as_deref(), Some("kibibyte"));
    assert_eq!(id_of("kibibytes").as_deref(), Some("kibibyte"));
    assert_eq!(id_of("kibibyte").as_deref(), Some("kibibyte"));
    assert_eq!(id_of("kB").as_deref(), Some("kilobyte"));
    assert_eq!(id_of("degree_celsius").as_deref(), Some("degree_celsius"));
    assert_eq!(id_of("l_per_100km").as_deref(), Some("l_per_100km"));
    // No prefixes where the unit takes none, no binary prefixes on SI-only units.
    for name in ["kft", "kilofoot", "kilofeet", "Kim", "kibimeter", "kilomile", "kiloinch", "kdegC", "kilodegree_celsius", "kilofoo"] {
        assert_eq!(id_of(name), None, "{}", name);
    }
    // A prefix name is read before a name of more than three letters only; short ones
    // are reached through the id (`kilobit`), which is case-sensitive.
    assert_eq!(id_of("kbit").as_deref(), Some("kilobit"));
    assert_eq!(id_of("kilobit").as_deref(), Some("kilobit"));
    assert_eq!(id_of("Kilobits").as_deref(), Some("kilobit"));
    assert_eq!(id_of("Kilobit"), None);
    assert!(t.is_known_name("feet") && t.is_known_name("FEET") && t.is_known_name("ft") && !t.is_known_name("km"));
    assert!(!t.is_known_name("yard"));
}

#[test]
fn prefixed_units_resolve_and_read() {
    let t = table();
    let km = t.lookup("km").unwrap();
    let spec = t.resolve_ref(km);
    assert_eq!(spec.factor.to_f64(), 1000.0);
    assert!(spec.offset.is_none());
    assert_eq!(t.spelled_out(km), "kilometer");
    let e = t.entry(km);
    assert_eq!((e.id.as_str(), e.name.as_str(), e.plural.as_str(), e.symbol.as_str(), e.category.as_str()), ("kilometer", "kilometer", "kilometers", "km", "length"));
    assert!(e.aliases.is_empty());
    let m = t.entry(t.lookup("m").unwrap());
    assert_eq!((m.name.as_str(), m.plural.as_str(), m.aliases.clone()), ("meter", "meters", vec!["metre".to_string(), "metres".to_string(), "mtr".to_string()]));
    let c = t.lookup("degC").unwrap();
    assert_eq!(t.resolve_ref(c).offset.map(|o| o.to_f64()), Some(273.15));
    assert_eq!(t.spelled_out(c), "degree Celsius");
    assert_eq!(t.unit_by_id("foot").map(|u| u.symbol.as_str()), Some("ft"));
    assert!(t.unit_by_id("ft").is_none());
}

#[test]
fn categories_order_and_reciprocity() {
    let t = table();
    let length = &t.categories[0];
    let symbols: Vec<String> = length.units.iter().map(|&u| t.entry(u).symbol).collect();
    assert_eq!(symbols, ["km", "ft", "m", "in", "mi"], "common units first, then the file's order");
    assert_eq!(t.category_name_of_dim(&length.dim), Some("Length"));
    let fuel = t.categories.iter().find(|c| c.id == "fuel").unwrap();
    assert!(fuel.reciprocal && !length.reciprocal);
    let inverse = fuel.dim.recip().unwrap();
    assert!(t.reciprocal_allowed(&fuel.dim, &inverse) && t.reciprocal_allowed(&inverse, &fuel.dim));
    assert!(!t.reciprocal_allowed(&length.dim, &length.dim.recip().unwrap()));
    assert!(!t.reciprocal_allowed(&fuel.dim, &length.dim) && !t.reciprocal_allowed(&length.dim, &fuel.dim));
    assert!(t.starts_multiword("degree") && t.starts_multiword("Degree") && t.starts_multiword("liter"));
    assert!(!t.starts_multiword("meter") && !t.starts_multiword("Meter"));
    let r = Registry::from_files(&[("len.units", LEN), ("fuel.units", FUEL)]).unwrap();
    assert_eq!(r.convert(10.0, "km/L", "L/100km").unwrap(), 10.0);
    assert_eq!(r.convert(1.0, "ft", "in").unwrap(), 12.0);
}

/// `[readings]`: other meanings of a name, each unit checked (an optional `?unit` that is
/// not there is skipped), each meaning listed once however often it is written.
#[test]
fn readings_are_checked_and_listed_once() {
    let readings = "[readings]\nft | mile\nft | mi\nft | ?nothing\n";
    let t = UnitTable::from_files(&[("len.units", LEN), ("r.units", readings)]).unwrap();
    let mile = t.lookup("mile").unwrap();
    assert_eq!(t.other_readings("ft"), &[mile]);
    assert!(t.other_readings("mi").is_empty());
    let e = UnitTable::from_files(&[("len.units", LEN), ("r.units", "[readings]\nft | nothing\n")]).err().expect("an unknown unit is refused");
    assert_eq!(e, "r.units:2: unknown unit 'nothing'");
}

/// US and UK customary units map onto each other both ways; other units stay.
#[test]
fn customary_units_in_each_system() {
    use unit_core::Customary;
    let r = Registry::builtin();
    let t = r.table();
    let (us, uk, m) = (t.lookup("us_gallon").unwrap(), t.lookup("imperial_gallon").unwrap(), t.lookup("m").unwrap());
    assert_eq!(t.in_system(us, Customary::Uk), uk);
    assert_eq!(t.in_system(uk, Customary::Us), us);
    assert_eq!(t.in_system(us, Customary::Us), us);
    assert_eq!(t.in_system(uk, Customary::Uk), uk);
    assert_eq!(t.in_system(m, Customary::Uk), m);
    let mut codes: Vec<&str> = t.language_codes();
    codes.sort_unstable();
    assert_eq!(codes, vec!["de", "es", "fr"]);
}
