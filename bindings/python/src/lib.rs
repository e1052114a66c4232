//! `embedded_unit_converter._core`: converts Python types to the core's and core errors to
//! `UnitError`, nothing else. The Pythonic API is `python/embedded_unit_converter/`.

use std::sync::{Arc, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use unit_core::{Detail, Entry, ExchangeRates, Registry, SharedRegistry};

create_exception!(_core, UnitError, PyValueError, "A unit expression could not be understood or converted.");

/// The registry in use: the built-in units, the exchange rates (the shipped snapshot until
/// others are set) and a person's own units; replaced as a whole when a layer changes.
fn shared() -> &'static SharedRegistry {
    static SHARED: OnceLock<SharedRegistry> = OnceLock::new();
    SHARED.get_or_init(|| SharedRegistry::new(Registry::with_snapshot()))
}

fn registry() -> Arc<Registry> {
    shared().current()
}

/// Raises `UnitError` carrying every field of the core's error: kind, code, details (a
/// dict of str or int), span, suggestions, offending text and position.
fn to_py_err(py: Python<'_>, e: unit_core::UnitError) -> PyErr {
    let err = UnitError::new_err(e.message.clone());
    let value = err.value(py);
    let details = PyDict::new(py);
    for (name, detail) in e.details() {
        let _ = match detail {
            Detail::Text(text) => details.set_item(name, text),
            Detail::Count(n) => details.set_item(name, n),
        };
    }
    let _ = value.setattr("kind", e.kind.as_str());
    let _ = value.setattr("code", e.code());
    let _ = value.setattr("details", details);
    let _ = value.setattr("span", e.span());
    let _ = value.setattr("suggestions", e.suggestions.clone());
    let _ = value.setattr("offending", e.offending.clone());
    let _ = value.setattr("position", e.position);
    err
}

/// A unit as Python's `Unit` holds it: (id, name, plural, symbol, aliases, category), the
/// aliases already a tuple, so the wrapper makes the `Unit` from the row as it is (the
/// window lists all 1,202 units at start-up).
fn entry_tuple<'py>(py: Python<'py>, e: Entry) -> PyResult<Bound<'py, PyTuple>> {
    (e.id, e.name, e.plural, e.symbol, PyTuple::new(py, e.aliases)?, e.category).into_pyobject(py)
}

#[pyfunction]
fn convert(py: Python<'_>, value: f64, from_unit: &str, to_unit: &str) -> PyResult<f64> {
    registry().convert(value, from_unit, to_unit).map_err(|e| to_py_err(py, e))
}

/// Converts a real-valued array of any shape (0-d included) into a new float64 array of
/// the same shape, without the GIL. The Python wrapper decides which inputs are allowed.
#[pyfunction]
fn convert_array<'py>(py: Python<'py>, values: &Bound<'py, PyAny>, from_unit: &str, to_unit: &str) -> PyResult<Bound<'py, PyAny>> {
    let conversion = registry().conversion(from_unit, to_unit).map_err(|e| to_py_err(py, e))?;
    let numpy = py.import("numpy")?;
    // Read the input where it lies (no copy when it is already contiguous float64) and
    // write a fresh array in one pass, as numpy's own multiply does. `asarray` with order
    // "C", not `ascontiguousarray`, which would make a 0-d array 1-d.
    let input = numpy.call_method1("asarray", (values, "float64", "C"))?;
    let output = numpy.call_method1("empty_like", (&input,))?;
    let source = data_pointer(&input, false)?;
    let target = data_pointer(&output, true)?;
    let length: usize = input.getattr("size")?.extract()?;
    py.detach(move || {
        // SAFETY: both are C-contiguous float64 arrays of `length` elements, checked by
        // `data_pointer`; `output` is freshly allocated and distinct from `input`, and both
        // stay alive (we hold references) for the duration of this call.
        let from = unsafe { std::slice::from_raw_parts(source as *const f64, length) };
        let to = unsafe { std::slice::from_raw_parts_mut(target as *mut f64, length) };
        apply_into(&conversion, from, to);
    });
    Ok(output)
}

/// Temperatures use fused multiply-adds to round once; where the CPU has the instruction,
/// compile that loop for it (otherwise each is a library call, ~20x slower).
fn apply_into(conversion: &unit_core::Conversion, from: &[f64], to: &mut [f64]) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            // SAFETY: the CPU was just checked to support FMA.
            unsafe { apply_into_fma(conversion, from, to) };
            return;
        }
    }
    conversion.apply_into(from, to);
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn apply_into_fma(conversion: &unit_core::Conversion, from: &[f64], to: &mut [f64]) {
    conversion.apply_into(from, to);
}

/// The data pointer of a numpy array, checked to be C-contiguous float64 (and writable).
fn data_pointer(array: &Bound<'_, PyAny>, writable: bool) -> PyResult<usize> {
    let flags = array.getattr("flags")?;
    let ok_flags: bool =
        flags.getattr("c_contiguous")?.extract::<bool>()? && (!writable || flags.getattr("writeable")?.extract::<bool>()?);
    let itemsize: usize = array.getattr("itemsize")?.extract()?;
    let kind: String = array.getattr("dtype")?.getattr("kind")?.extract()?;
    if !ok_flags || itemsize != 8 || kind != "f" {
        return Err(PyTypeError::new_err("expected a contiguous float64 array"));
    }
    let interface = array.getattr("__array_interface__")?;
    let data: (usize, bool) = interface.get_item("data")?.extract()?;
    Ok(data.0)
}

/// The result of `evaluate`, immutable.
#[pyclass(frozen, module = "embedded_unit_converter")]
struct Quantity {
    inner: unit_core::Quantity,
}

#[pymethods]
impl Quantity {
    #[new]
    fn new(value: f64, unit: String) -> Self {
        Quantity { inner: unit_core::Quantity::new(value, unit, String::new()) }
    }

    #[getter]
    fn value(&self) -> f64 {
        self.inner.value
    }

    #[getter]
    fn unit(&self) -> &str {
        &self.inner.unit
    }

    /// What the text was understood as, unit names spelled out: "5 foot + 3 inch".
    #[getter]
    fn interpretation(&self) -> &str {
        &self.inner.interpretation
    }

    /// For mixed targets (`ft;in`), each (value, unit) part; otherwise empty.
    #[getter]
    fn parts(&self) -> Vec<(f64, String)> {
        self.inner.parts.clone()
    }

    /// How names were read where not in their everyday meaning, and other remarks.
    #[getter]
    fn notes(&self) -> Vec<String> {
        self.inner.notes.clone()
    }

    /// Other phrases reading the names otherwise that also convert.
    #[getter]
    fn alternatives(&self) -> Vec<String> {
        self.inner.alternatives.clone()
    }

    fn to(&self, py: Python<'_>, unit: &str) -> PyResult<Quantity> {
        registry().quantity_to(&self.inner, unit).map(|inner| Quantity { inner }).map_err(|e| to_py_err(py, e))
    }

    fn __str__(&self) -> String {
        self.inner.display()
    }

    fn __repr__(&self) -> String {
        format!("Quantity({:?}, {:?})", self.inner.value, self.inner.unit)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        match other.cast::<Quantity>() {
            Ok(o) => o.get().inner.value == self.inner.value && o.get().inner.unit == self.inner.unit,
            Err(_) => false,
        }
    }

    fn __float__(&self) -> f64 {
        self.inner.value
    }
}

#[pyfunction]
#[pyo3(signature = (text, customary = "us", inch_fraction = None, lang = None))]
fn evaluate(py: Python<'_>, text: &str, customary: &str, inch_fraction: Option<u32>, lang: Option<&str>) -> PyResult<Quantity> {
    let customary = match customary {
        "us" => unit_core::Customary::Us,
        "uk" => unit_core::Customary::Uk,
        other => return Err(PyValueError::new_err(format!("customary must be \"us\" or \"uk\", not {:?}", other))),
    };
    let options = unit_core::Options { customary, inch_fraction, lang };
    registry().evaluate_with(text, &options).map(|inner| Quantity { inner }).map_err(|e| to_py_err(py, e))
}

/// Every category as (id, name, [unit tuples]), common units first.
#[pyfunction]
fn categories(py: Python<'_>) -> PyResult<Vec<(String, String, Vec<Bound<'_, PyTuple>>)>> {
    let r = registry();
    r.categories
        .iter()
        .map(|c| {
            let units = c.units.iter().map(|&u| entry_tuple(py, r.entry(u))).collect::<PyResult<Vec<_>>>()?;
            Ok((c.id.clone(), c.name.clone(), units))
        })
        .collect()
}

#[pyfunction]
#[pyo3(signature = (text, limit = 10, category = None, lang = None))]
fn find_units<'py>(py: Python<'py>, text: &str, limit: usize, category: Option<&str>, lang: Option<&str>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    registry().find_units(text, limit, category, lang).into_iter().map(|e| entry_tuple(py, e)).collect()
}

/// Every unit `lang` names: [(id, singular, plural)], in the data's order.
#[pyfunction]
fn unit_names(lang: &str) -> Vec<(String, String, String)> {
    registry().unit_names(lang)
}

/// The codes of the languages the data has unit names for.
#[pyfunction]
fn languages() -> Vec<String> {
    registry().language_codes().into_iter().map(str::to_string).collect()
}

/// The built-in data files as the core's reader sees them: (name, text before each `#`).
/// One reader of the `.units` format for every tool (the web build packs this).
#[pyfunction]
fn builtin_unit_files() -> Vec<(&'static str, String)> {
    unit_core::builtin_files().iter().map(|(name, text)| (*name, unit_core::definitions::significant_text(text))).collect()
}

/// Every unit as the core read it: (id, category id, definition, source, file, line), and
/// every category as (id, base unit expression).
#[pyfunction]
fn unit_records() -> (Vec<(String, String, String, String, String, usize)>, Vec<(String, String)>) {
    let r = registry();
    let units = r
        .units
        .iter()
        .map(|u| (u.id.clone(), r.categories[u.category].id.clone(), u.definition.clone(), u.source.clone(), u.file.clone(), u.line))
        .collect();
    (units, r.categories.iter().map(|c| (c.id.clone(), c.base.clone())).collect())
}

/// The table of error codes: (code, kind, detail names).
#[pyfunction]
fn error_codes() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    unit_core::ERROR_CODES.iter().map(|c| (c.code, c.kind.as_str(), c.details.to_vec())).collect()
}

/// The exchange rates in use: (date, source, [(code, rate as written)]), or None.
#[pyfunction]
fn exchange_rates() -> Option<(String, String, Vec<(String, String)>)> {
    registry().exchange_rates().map(|r| (r.date.clone(), r.source.clone(), r.rates.clone()))
}

/// The rates the app ships: (date, source, [(code, rate as written)]).
#[pyfunction]
fn snapshot_rates() -> (String, String, Vec<(String, String)>) {
    let r = ExchangeRates::snapshot();
    (r.date, r.source, r.rates)
}

/// Checks one day's rates and puts them in use; on an error the rates in use stay.
#[pyfunction]
fn set_exchange_rates(py: Python<'_>, date: &str, source: &str, rates: Vec<(String, String)>) -> PyResult<()> {
    let rates = ExchangeRates::new(date, source, rates).map_err(|e| to_py_err(py, e))?;
    shared().replace(|r| Ok((r.with_rates(rates)?, ()))).map_err(|e| to_py_err(py, e))
}

/// Reads rates in the snapshot format (`date: ...`, then `CODE RATE` lines).
#[pyfunction]
fn parse_rates(py: Python<'_>, text: &str, source: &str) -> PyResult<(String, Vec<(String, String)>)> {
    let r = ExchangeRates::parse(text, source).map_err(|e| to_py_err(py, e))?;
    Ok((r.date, r.rates))
}

/// Makes `$`, "dollar" and "dollars" mean the currency `code`.
#[pyfunction]
fn set_dollar(py: Python<'_>, code: &str) -> PyResult<()> {
    shared().replace(|r| Ok((r.with_dollar(code)?, ()))).map_err(|e| to_py_err(py, e))
}

/// Adds (or replaces) a file of a person's own units; returns how many it has.
#[pyfunction]
fn load_units(py: Python<'_>, file: &str, text: &str) -> PyResult<usize> {
    shared().replace(|r| r.with_units(file, text)).map_err(|e| to_py_err(py, e))
}

/// Checks a file of own units without loading it; returns how many it has.
#[pyfunction]
fn check_units(py: Python<'_>, file: &str, text: &str) -> PyResult<usize> {
    registry().check_units(file, text).map_err(|e| to_py_err(py, e))
}

/// Removes a file of own units loaded before.
#[pyfunction]
fn unload_units(py: Python<'_>, file: &str) -> PyResult<()> {
    shared().replace(|r| Ok((r.without_units(file)?, ()))).map_err(|e| to_py_err(py, e))
}

/// The files of own units loaded, with how many units each added.
#[pyfunction]
fn loaded_units() -> Vec<(String, usize)> {
    registry().layers().user.iter().map(|l| (l.file.clone(), l.count)).collect()
}

/// A currency's name of one and of many in `language` (English when it has none there).
#[pyfunction]
fn currency_name(code: &str, language: &str) -> Option<(String, String)> {
    unit_core::money::currency_name(code, language)
}

/// Details of one unit for "about this unit": (definition, source), or None.
#[pyfunction]
fn unit_details(id: &str) -> Option<(String, String)> {
    registry().unit_by_id(id).map(|u| (u.definition.clone(), u.source.clone()))
}

/// Builds the unit table now, and reads the words of `lang` (`de`) if given, without
/// holding the GIL: a thread can do it while the interpreter goes on with something else
/// (the window's start-up loads Qt meanwhile). Every other call builds the table, and
/// reads a language, on first use anyway; an unknown `lang` is ignored.
#[pyfunction]
#[pyo3(signature = (lang = None))]
fn preload(py: Python<'_>, lang: Option<String>) {
    py.detach(|| {
        let r = registry();
        if let Some(code) = lang {
            r.language(&code);
        }
    });
}

/// A number for people: at most `significant` digits, no float noise.
#[pyfunction]
#[pyo3(signature = (value, significant = 15))]
fn format_value(value: f64, significant: usize) -> String {
    unit_core::format_value(value, significant)
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("UnitError", m.py().get_type::<UnitError>())?;
    m.add_class::<Quantity>()?;
    m.add_function(wrap_pyfunction!(convert, m)?)?;
    m.add_function(wrap_pyfunction!(convert_array, m)?)?;
    m.add_function(wrap_pyfunction!(evaluate, m)?)?;
    m.add_function(wrap_pyfunction!(categories, m)?)?;
    m.add_function(wrap_pyfunction!(find_units, m)?)?;
    m.add_function(wrap_pyfunction!(unit_names, m)?)?;
    m.add_function(wrap_pyfunction!(languages, m)?)?;
    m.add_function(wrap_pyfunction!(unit_details, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(builtin_unit_files, m)?)?;
    m.add_function(wrap_pyfunction!(unit_records, m)?)?;
    m.add_function(wrap_pyfunction!(format_value, m)?)?;
    m.add_function(wrap_pyfunction!(exchange_rates, m)?)?;
    m.add_function(wrap_pyfunction!(set_exchange_rates, m)?)?;
    m.add_function(wrap_pyfunction!(snapshot_rates, m)?)?;
    m.add_function(wrap_pyfunction!(parse_rates, m)?)?;
    m.add_function(wrap_pyfunction!(set_dollar, m)?)?;
    m.add_function(wrap_pyfunction!(load_units, m)?)?;
    m.add_function(wrap_pyfunction!(check_units, m)?)?;
    m.add_function(wrap_pyfunction!(unload_units, m)?)?;
    m.add_function(wrap_pyfunction!(loaded_units, m)?)?;
    m.add_function(wrap_pyfunction!(currency_name, m)?)?;
    m.add_function(wrap_pyfunction!(preload, m)?)?;
    Ok(())
}
