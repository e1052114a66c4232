//! `embedded_unit_converter._core`: converts Python types to the core's and core errors to
//! `UnitError`, nothing else. The Pythonic API is `python/embedded_unit_converter/`.

use std::sync::{Arc, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};
use unit_core::{Detail, Entry, Registry};

create_exception!(_core, UnitError, PyValueError, "A unit expression could not be understood or converted.");

fn registry() -> &'static Arc<Registry> {
    static REGISTRY: OnceLock<Arc<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(Registry::builtin)
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

/// One listed unit as a tuple: (id, name, plural, symbol, aliases, category).
fn entry_tuple<'py>(py: Python<'py>, e: Entry) -> PyResult<Bound<'py, PyTuple>> {
    (e.id, e.name, e.plural, e.symbol, e.aliases, e.category).into_pyobject(py)
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
        Quantity { inner: unit_core::Quantity { value, unit, interpretation: String::new(), parts: Vec::new() } }
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
fn evaluate(py: Python<'_>, text: &str) -> PyResult<Quantity> {
    registry().evaluate(text).map(|inner| Quantity { inner }).map_err(|e| to_py_err(py, e))
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
#[pyo3(signature = (text, limit = 10, category = None))]
fn find_units<'py>(py: Python<'py>, text: &str, limit: usize, category: Option<&str>) -> PyResult<Vec<Bound<'py, PyTuple>>> {
    registry().find_units(text, limit, category).into_iter().map(|e| entry_tuple(py, e)).collect()
}

/// The table of error codes: (code, kind, detail names).
#[pyfunction]
fn error_codes() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    unit_core::ERROR_CODES.iter().map(|c| (c.code, c.kind.as_str(), c.details.to_vec())).collect()
}

/// Details of one unit for "about this unit": (definition, source), or None.
#[pyfunction]
fn unit_details(id: &str) -> Option<(String, String)> {
    registry().unit_by_id(id).map(|u| (u.definition.clone(), u.source.clone()))
}

/// Builds the unit table now, without holding the GIL: a thread can do it while the
/// interpreter goes on with something else (the window's start-up loads Qt meanwhile).
/// Every other call builds it on first use anyway.
#[pyfunction]
fn preload(py: Python<'_>) {
    py.detach(|| {
        registry();
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
    m.add_function(wrap_pyfunction!(unit_details, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(format_value, m)?)?;
    m.add_function(wrap_pyfunction!(preload, m)?)?;
    Ok(())
}
