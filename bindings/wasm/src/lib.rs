//! The WebAssembly face of the core: raw C-ABI exports, strings in and out through linear
//! memory, results and errors as JSON. It converts types and errors and nothing else; the
//! JavaScript API people use is `web/unit-converter.js`.
//!
//! Protocol: JavaScript `alloc`s a buffer, writes UTF-8 into it, passes (pointer, length)
//! and `dealloc`s it afterwards. Calls that produce text return a status (0 ok, 1 error)
//! and leave the text in one output buffer read through `output_ptr`/`output_len`, valid
//! until the next call. An error is `{"kind","message","offending","position","span","code",
//! "details","suggestions"}`.
//!
//! Builds with Rust 1.63 (Debian's rustc is the one with the wasm32 standard library).

use std::cell::RefCell;
use std::fmt::Write;
use std::sync::Arc;

use unit_core::error::ReadError;
use unit_core::{Detail, Entry, ExchangeRates, Registry, UnitError};

thread_local! {
    // wasm32-unknown-unknown has one thread.
    static REGISTRY: RefCell<Option<Arc<Registry>>> = RefCell::new(None);
    static OUTPUT: RefCell<String> = RefCell::new(String::new());
}

const OK: i32 = 0;
const FAILED: i32 = 1;

fn with_registry<T>(f: impl FnOnce(&Registry) -> T) -> T {
    let registry = REGISTRY.with(|slot| slot.borrow_mut().get_or_insert_with(default_registry).clone());
    f(&registry)
}

/// Without `init`: the core's embedded data, with the exchange rate snapshot.
#[cfg(not(packed_units))]
fn default_registry() -> Arc<Registry> {
    Arc::new(Registry::with_snapshot())
}

/// The web build (`--cfg packed_units`, see web/pack_units.py) leaves the core's embedded
/// copy of the data out; until `init` brings it, the table is empty (every name unknown).
#[cfg(packed_units)]
fn default_registry() -> Arc<Registry> {
    Arc::new(Registry::from_files(&[]).unwrap_or_else(|_| unreachable!()))
}

/// Builds the unit table from data files passed in as `name NUL text NUL ...` (the same
/// files the core embeds; the web build ships them compressed). Status 1 with the reason
/// in the output if the data is malformed.
///
/// # Safety
/// (`ptr`, `len`) must be a buffer from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn init(ptr: *const u8, len: usize) -> i32 {
    let text = match input(ptr, len) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let mut fields = text.split('\0');
    let mut files = Vec::new();
    while let (Some(name), Some(body)) = (fields.next(), fields.next()) {
        files.push((name, body));
    }
    // The exchange rate snapshot the core embeds is a layer over the data, as in Python.
    let layered = Registry::from_files(&files).and_then(|r| r.with_rates(ExchangeRates::snapshot()).map_err(|e| e.message));
    match layered {
        Ok(r) => {
            REGISTRY.with(|slot| *slot.borrow_mut() = Some(Arc::new(r)));
            clear_output();
            OK
        }
        Err(message) => {
            set_output(message);
            FAILED
        }
    }
}

fn set_output(text: String) {
    OUTPUT.with(|o| *o.borrow_mut() = text);
}

fn clear_output() {
    OUTPUT.with(|o| o.borrow_mut().clear());
}

/// Borrows a string JavaScript wrote into linear memory; invalid UTF-8 becomes an error.
///
/// # Safety
/// `ptr..ptr+len` must be memory this module handed out with `alloc` (or `len == 0`).
unsafe fn input<'a>(ptr: *const u8, len: usize) -> Result<&'a str, UnitError> {
    if len == 0 {
        return Ok("");
    }
    let bytes = std::slice::from_raw_parts(ptr, len);
    std::str::from_utf8(bytes).map_err(|_| UnitError::plain(ReadError::NotUtf8))
}

// ---- memory -------------------------------------------------------------------------

/// A buffer of `len` bytes for JavaScript to write into; free it with `dealloc`.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buf: Vec<u8> = Vec::with_capacity(len.max(1));
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Frees a buffer from `alloc`, given the same length.
///
/// # Safety
/// `ptr` must come from `alloc(len)` and not have been freed.
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    drop(Vec::from_raw_parts(ptr, 0, len.max(1)));
}

#[no_mangle]
pub extern "C" fn output_ptr() -> *const u8 {
    OUTPUT.with(|o| o.borrow().as_ptr())
}

#[no_mangle]
pub extern "C" fn output_len() -> usize {
    OUTPUT.with(|o| o.borrow().len())
}

// ---- conversions --------------------------------------------------------------------

/// Converts one value. On error returns NaN and leaves the error JSON in the output; on
/// success the output is empty (so a NaN result with empty output is a real NaN).
///
/// # Safety
/// Both (pointer, length) pairs must be buffers from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn convert(value: f64, from_ptr: *const u8, from_len: usize, to_ptr: *const u8, to_len: usize) -> f64 {
    let result = input(from_ptr, from_len)
        .and_then(|from| input(to_ptr, to_len).map(|to| (from, to)))
        .and_then(|(from, to)| with_registry(|r| r.convert(value, from, to)));
    match result {
        Ok(v) => {
            clear_output();
            v
        }
        Err(e) => {
            set_output(error_json(&e));
            f64::NAN
        }
    }
}

/// Converts `count` float64 values in place (the conversion is compiled once).
///
/// # Safety
/// `values` must point to `count` f64s inside a buffer from `alloc`, 8-byte aligned.
#[no_mangle]
pub unsafe extern "C" fn convert_many(
    values: *mut f64,
    count: usize,
    from_ptr: *const u8,
    from_len: usize,
    to_ptr: *const u8,
    to_len: usize,
) -> i32 {
    let conversion = input(from_ptr, from_len)
        .and_then(|from| input(to_ptr, to_len).map(|to| (from, to)))
        .and_then(|(from, to)| with_registry(|r| r.conversion(from, to)));
    match conversion {
        Ok(_) if count > 0 && values as usize % std::mem::align_of::<f64>() != 0 => {
            fail(&UnitError::plain(ReadError::Misaligned))
        }
        Ok(c) => {
            if count > 0 {
                c.apply_slice(std::slice::from_raw_parts_mut(values, count));
            }
            clear_output();
            OK
        }
        Err(e) => fail(&e),
    }
}

/// Evaluates free text; the output is (numbers as in `push_number`)
/// `{"value","unit","interpretation","parts":[[value,unit],...],"display","notes",
/// "alternatives"}`. `uk` non-zero reads the plain customary names as British;
/// `inch_fraction` non-zero shows inches to the nearest 1/n; `lang` (may be empty) adds
/// that language's unit names and keywords and names the echo's units in it.
///
/// # Safety
/// Both (pointer, length) pairs must be buffers from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn evaluate(ptr: *const u8, len: usize, uk: i32, inch_fraction: u32, lang_ptr: *const u8, lang_len: usize) -> i32 {
    let (text, lang) = match (input(ptr, len), input(lang_ptr, lang_len)) {
        (Ok(t), Ok(l)) => (t, l),
        (Err(e), _) | (_, Err(e)) => return fail(&e),
    };
    let options = unit_core::Options {
        customary: if uk != 0 { unit_core::Customary::Uk } else { unit_core::Customary::Us },
        inch_fraction: if inch_fraction == 0 { None } else { Some(inch_fraction) },
        lang: if lang.is_empty() { None } else { Some(lang) },
    };
    match with_registry(|r| r.evaluate_with(text, &options)) {
        Ok(q) => {
            set_output(quantity_json(&q));
            OK
        }
        Err(e) => fail_in(&e, text),
    }
}

/// The same amount in another unit (`Quantity.to`): `value` in `unit`, understood as
/// `interpretation`, expressed in `target`; the output as for `evaluate`.
///
/// # Safety
/// Each (pointer, length) pair must be a buffer from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn quantity_to(
    value: f64,
    unit_ptr: *const u8,
    unit_len: usize,
    target_ptr: *const u8,
    target_len: usize,
    interpretation_ptr: *const u8,
    interpretation_len: usize,
) -> i32 {
    let texts = (input(unit_ptr, unit_len), input(target_ptr, target_len), input(interpretation_ptr, interpretation_len));
    let (unit, target, interpretation) = match texts {
        (Ok(u), Ok(t), Ok(i)) => (u, t, i),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return fail(&e),
    };
    let q = unit_core::Quantity::new(value, unit.to_string(), interpretation.to_string());
    match with_registry(|r| r.quantity_to(&q, target)) {
        Ok(q) => {
            set_output(quantity_json(&q));
            OK
        }
        Err(e) => fail_in(&e, target),
    }
}

/// `{"value","unit","interpretation","parts":[[value,unit],...],"display"}`.
fn quantity_json(q: &unit_core::Quantity) -> String {
    let mut out = String::with_capacity(128);
    out.push_str("{\"value\":");
    push_number(&mut out, q.value);
    out.push_str(",\"unit\":");
    push_string(&mut out, &q.unit);
    out.push_str(",\"interpretation\":");
    push_string(&mut out, &q.interpretation);
    out.push_str(",\"parts\":[");
    for (i, (v, unit)) in q.parts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('[');
        push_number(&mut out, *v);
        out.push(',');
        push_string(&mut out, unit);
        out.push(']');
    }
    out.push_str("],\"display\":");
    push_string(&mut out, &q.display());
    out.push_str(",\"notes\":");
    push_strings(&mut out, &q.notes);
    out.push_str(",\"alternatives\":");
    push_strings(&mut out, &q.alternatives);
    out.push('}');
    out
}

/// An error about `text`: positions count characters there, but JavaScript strings index
/// UTF-16 code units.
fn fail_in(e: &UnitError, text: &str) -> i32 {
    let mut e = e.clone();
    e.position = e.position.map(|p| text.chars().take(p).map(char::len_utf16).sum());
    fail(&e)
}

// ---- listings -----------------------------------------------------------------------

/// Every category, common units first: `[{"id","name","units":[unit,...]}]`.
#[no_mangle]
pub extern "C" fn categories() -> i32 {
    let out = with_registry(|r| {
        let mut out = String::with_capacity(64 * 1024);
        out.push('[');
        for (i, c) in r.categories.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"id\":");
            push_string(&mut out, &c.id);
            out.push_str(",\"name\":");
            push_string(&mut out, &c.name);
            out.push_str(",\"units\":[");
            for (j, &u) in c.units.iter().enumerate() {
                if j > 0 {
                    out.push(',');
                }
                push_entry(&mut out, &r.entry(u));
            }
            out.push_str("]}");
        }
        out.push(']');
        out
    });
    set_output(out);
    OK
}

/// Units matching what someone typed, best first: `[unit,...]`; with `lang` (may be
/// empty) its names match too and the units carry them.
///
/// # Safety
/// Each (pointer, length) pair must be a buffer from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn find_units(
    ptr: *const u8,
    len: usize,
    limit: usize,
    category_ptr: *const u8,
    category_len: usize,
    lang_ptr: *const u8,
    lang_len: usize,
) -> i32 {
    let (text, category, lang) = match (input(ptr, len), input(category_ptr, category_len), input(lang_ptr, lang_len)) {
        (Ok(t), Ok(c), Ok(l)) => (t, c, l),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return fail(&e),
    };
    let category = if category.is_empty() { None } else { Some(category) };
    let lang = if lang.is_empty() { None } else { Some(lang) };
    let out = with_registry(|r| {
        let mut out = String::from("[");
        for (i, entry) in r.find_units(text, limit, category, lang).iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_entry(&mut out, entry);
        }
        out.push(']');
        out
    });
    set_output(out);
    OK
}

/// The units a language names: `{"id":[singular,plural],...}` (`{}` for none), and
/// the languages there are: `"languages":[...]` alongside, as `{"languages":[..],"names":{..}}`.
///
/// # Safety
/// (`ptr`, `len`) must be a buffer from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn unit_names(ptr: *const u8, len: usize) -> i32 {
    let lang = match input(ptr, len) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let out = with_registry(|r| {
        let mut out = String::from("{\"languages\":[");
        for (i, code) in r.language_codes().into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_string(&mut out, code);
        }
        out.push_str("],\"names\":{");
        for (i, (id, singular, plural)) in r.unit_names(lang).iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            push_string(&mut out, id);
            out.push_str(":[");
            push_string(&mut out, singular);
            out.push(',');
            push_string(&mut out, plural);
            out.push(']');
        }
        out.push_str("}}");
        out
    });
    set_output(out);
    OK
}

/// Details of one unit by id: `{"definition","source"}`, or `null`.
///
/// # Safety
/// (`ptr`, `len`) must be a buffer from `alloc`.
/// The exchange rates in use: `{"date","source","rates":{code: rate}}` (the euro is 1),
/// or `null`.
#[no_mangle]
pub extern "C" fn exchange_rates() -> i32 {
    let out = with_registry(|r| match r.exchange_rates() {
        Some(rates) => {
            let mut out = String::from("{\"date\":");
            push_string(&mut out, &rates.date);
            out.push_str(",\"source\":");
            push_string(&mut out, &rates.source);
            out.push_str(",\"rates\":{\"EUR\":1");
            for (code, rate) in &rates.rates {
                out.push(',');
                push_string(&mut out, code);
                out.push(':');
                // Rates are checked to be plain decimals: valid JSON numbers as written.
                out.push_str(rate);
            }
            out.push_str("}}");
            out
        }
        None => "null".to_string(),
    });
    set_output(out);
    OK
}

#[no_mangle]
pub unsafe extern "C" fn unit_details(ptr: *const u8, len: usize) -> i32 {
    let id = match input(ptr, len) {
        Ok(t) => t,
        Err(e) => return fail(&e),
    };
    let out = with_registry(|r| match r.unit_by_id(id) {
        Some(u) => {
            let mut out = String::from("{\"definition\":");
            push_string(&mut out, &u.definition);
            out.push_str(",\"source\":");
            push_string(&mut out, &u.source);
            out.push('}');
            out
        }
        None => "null".to_string(),
    });
    set_output(out);
    OK
}

/// A number for people (at most `significant` digits, no float noise), as plain text.
#[no_mangle]
pub extern "C" fn format_value(value: f64, significant: usize) -> i32 {
    set_output(unit_core::format_value(value, significant));
    OK
}

// ---- JSON, by hand ------------------------------------------------------------------

fn fail(e: &UnitError) -> i32 {
    set_output(error_json(e));
    FAILED
}

fn error_json(e: &UnitError) -> String {
    let mut out = String::with_capacity(128);
    out.push_str("{\"kind\":");
    push_string(&mut out, e.kind.as_str());
    out.push_str(",\"message\":");
    push_string(&mut out, &e.message);
    out.push_str(",\"offending\":");
    push_string(&mut out, &e.offending);
    out.push_str(",\"position\":");
    match e.position {
        Some(p) => {
            let _ = write!(out, "{}", p);
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"span\":");
    match e.position {
        Some(p) => {
            let end = p + e.offending.encode_utf16().count();
            let _ = write!(out, "[{},{}]", p, end);
        }
        None => out.push_str("null"),
    }
    out.push_str(",\"code\":");
    push_string(&mut out, e.code());
    out.push_str(",\"details\":{");
    for (i, (name, detail)) in e.details().into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(&mut out, name);
        out.push(':');
        match detail {
            Detail::Text(text) => push_string(&mut out, &text),
            Detail::Count(n) => {
                let _ = write!(out, "{}", n);
            }
        }
    }
    out.push('}');
    out.push_str(",\"suggestions\":");
    push_strings(&mut out, &e.suggestions);
    out.push('}');
    out
}

fn push_entry(out: &mut String, e: &Entry) {
    out.push_str("{\"id\":");
    push_string(out, &e.id);
    out.push_str(",\"name\":");
    push_string(out, &e.name);
    out.push_str(",\"plural\":");
    push_string(out, &e.plural);
    out.push_str(",\"symbol\":");
    push_string(out, &e.symbol);
    out.push_str(",\"aliases\":");
    push_strings(out, &e.aliases);
    out.push_str(",\"category\":");
    push_string(out, &e.category);
    out.push('}');
}

/// A double as the JSON string of its 16 hex bit-pattern digits (`"40640147ae147ae1"`):
/// JavaScript reads back the core's result bit for bit (NaN and infinities included),
/// and the module carries no float-to-decimal code.
fn push_number(out: &mut String, x: f64) {
    let _ = write!(out, "\"{:016x}\"", x.to_bits());
}

fn push_strings(out: &mut String, items: &[String]) {
    out.push('[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, s);
    }
    out.push(']');
}

fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        let mut s = String::new();
        push_string(&mut s, "a\"b\\c\n\u{1}µ");
        assert_eq!(s, "\"a\\\"b\\\\c\\n\\u0001µ\"");
    }

    #[test]
    fn json_numbers_keep_every_bit() {
        for &x in &[160.02, 0.1 + 0.2, -0.0, 1e300, 5e-324, f64::NEG_INFINITY, f64::NAN] {
            let mut s = String::new();
            push_number(&mut s, x);
            let bits = u64::from_str_radix(s.trim_matches('"'), 16).unwrap();
            assert_eq!(bits, x.to_bits(), "{}", s);
        }
    }
}
