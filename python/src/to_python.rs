//! Records as Python objects, straight from their `Serialize` implementations: what
//! `json.loads` makes of the CLI's line (dicts, lists, str, int, float, bool, None).
//!
//! It does the job of `pythonize`, which made a new `str` for every key of every dict; here
//! each key is made once per [`Converter`] (one per call) and shared. The conversion holds
//! the GIL and, on two cores, competes with the extraction threads, so every instruction
//! saved here shows in `extract_many`'s throughput (docs/performance.md).

use std::fmt;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};

/// The raw text of a `serde_json::value::RawValue` (an exact decimal) arrives as a struct
/// of this name with one field of this name; it becomes a `str` of that text, which
/// `record_object` turns into the number it stands for.
const RAW_VALUE: &str = "$serde_json::private::RawValue";

/// The most map keys kept: record maps have a few dozen keys, but a map of other data
/// must not grow the cache without bound.
const MAX_KEYS: usize = 1024;

/// Converts values to Python objects, keeping the keys it has made.
pub(crate) struct Converter<'py> {
    py: Python<'py>,
    /// Keys of struct fields, by the address and length of their `&'static str`.
    fields: FxHashMap<(usize, usize), Bound<'py, PyString>>,
    /// Other dict keys (flattened fields arrive as map keys), by their text.
    keys: FxHashMap<String, Bound<'py, PyString>>,
    /// Whether the value being made is a dict key.
    in_key: bool,
}

impl<'py> Converter<'py> {
    pub fn new(py: Python<'py>) -> Self {
        Converter {
            py,
            fields: FxHashMap::default(),
            keys: FxHashMap::default(),
            in_key: false,
        }
    }

    pub fn py(&self) -> Python<'py> {
        self.py
    }

    /// `value` as a Python object.
    pub fn convert<T: Serialize + ?Sized>(&mut self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        value.serialize(Value(self)).map_err(|e| e.0)
    }

    fn field(&mut self, name: &'static str) -> Bound<'py, PyString> {
        let py = self.py;
        self.fields
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| PyString::new(py, name))
            .clone()
    }

    fn key(&mut self, text: &str) -> Bound<'py, PyString> {
        if let Some(key) = self.keys.get(text) {
            return key.clone();
        }
        let key = PyString::new(self.py, text);
        if self.keys.len() < MAX_KEYS {
            self.keys.insert(text.to_string(), key.clone());
        }
        key
    }
}

/// A Python exception carried through serde.
#[derive(Debug)]
pub(crate) struct Error(PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(PyValueError::new_err(message.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(error: PyErr) -> Self {
        Error(error)
    }
}

type Result<T> = std::result::Result<T, Error>;

/// Serializes one value.
struct Value<'c, 'py>(&'c mut Converter<'py>);

impl<'c, 'py> Value<'c, 'py> {
    fn object(self, value: impl IntoPyObject<'py>) -> Result<Bound<'py, PyAny>> {
        Ok(value.into_bound_py_any(self.0.py)?)
    }

    fn dict(self) -> Dict<'c, 'py> {
        Dict {
            dict: PyDict::new(self.0.py),
            converter: self.0,
            key: None,
            raw: false,
        }
    }

    /// A variant with data, its data made by the serializer `inner` makes of this value.
    fn variant<I>(self, variant: &'static str, inner: impl FnOnce(Self) -> I) -> Variant<'py, I> {
        let key = self.0.field(variant);
        let py = self.0.py;
        Variant {
            key,
            inner: inner(self),
            py,
        }
    }

    fn list(self, len: usize) -> List<'c, 'py> {
        List {
            items: Vec::with_capacity(len),
            converter: self.0,
        }
    }
}

impl<'c, 'py> ser::Serializer for Value<'c, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = List<'c, 'py>;
    type SerializeTuple = List<'c, 'py>;
    type SerializeTupleStruct = List<'c, 'py>;
    type SerializeTupleVariant = Variant<'py, List<'c, 'py>>;
    type SerializeMap = Dict<'c, 'py>;
    type SerializeStruct = Dict<'c, 'py>;
    type SerializeStructVariant = Variant<'py, Dict<'c, 'py>>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        if self.0.in_key {
            return Ok(self.0.key(v).into_any());
        }
        Ok(PyString::new(self.0.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.0.py.None().into_bound(self.0.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.0.field(variant).into_any())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let mut dict = self.dict();
        ser::SerializeStruct::serialize_field(&mut dict, variant, value)?;
        ser::SerializeStruct::end(dict)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(self.list(len.unwrap_or(0)))
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple> {
        Ok(self.list(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Ok(self.list(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Ok(self.variant(variant, |value| value.list(len)))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Ok(self.dict())
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        let mut dict = self.dict();
        dict.raw = name == RAW_VALUE;
        Ok(dict)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Ok(self.variant(variant, Value::dict))
    }
}

/// A list being filled.
pub(crate) struct List<'c, 'py> {
    items: Vec<Bound<'py, PyAny>>,
    converter: &'c mut Converter<'py>,
}

impl<'py> List<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let item = value.serialize(Value(self.converter))?;
        self.items.push(item);
        Ok(())
    }

    fn finish(self) -> Result<Bound<'py, PyAny>> {
        Ok(PyList::new(self.converter.py, self.items)?.into_any())
    }
}

/// The serde traits of sequences, all filling a [`List`]: tuples are lists too, as
/// `json.loads` reads the JSON array the CLI writes for them.
macro_rules! list_serializer {
    ($($trait:ident :: $method:ident),*) => {
        $(
            impl<'py> ser::$trait for List<'_, 'py> {
                type Ok = Bound<'py, PyAny>;
                type Error = Error;
                fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
                    self.push(value)
                }
                fn end(self) -> Result<Self::Ok> {
                    self.finish()
                }
            }
        )*
    };
}

list_serializer!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// A dict being filled.
pub(crate) struct Dict<'c, 'py> {
    dict: Bound<'py, PyDict>,
    converter: &'c mut Converter<'py>,
    /// The key of a map entry whose value comes next.
    key: Option<Bound<'py, PyString>>,
    /// Whether this is a `RawValue`, whose one field is its text.
    raw: bool,
}

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        self.converter.in_key = true;
        let key = key.serialize(Value(self.converter));
        self.converter.in_key = false;
        // JSON keys are strings: a number key is written as its digits.
        let key = key?;
        self.key = Some(match key.cast_into::<PyString>() {
            Ok(text) => text,
            Err(other) => other.into_inner().str()?,
        });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        let key = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        let value = value.serialize(Value(self.converter))?;
        Ok(self.dict.set_item(key, value)?)
    }
    fn end(self) -> Result<Self::Ok> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        let value = value.serialize(Value(self.converter))?;
        if self.raw {
            // Kept as the value itself: see `end`.
            self.key = Some(value.cast_into::<PyString>().map_err(PyErr::from)?);
            return Ok(());
        }
        let key = self.converter.field(name);
        Ok(self.dict.set_item(key, value)?)
    }
    fn end(self) -> Result<Self::Ok> {
        match (self.raw, self.key) {
            (true, Some(text)) => Ok(text.into_any()),
            _ => Ok(self.dict.into_any()),
        }
    }
}

/// A variant with data: `{variant: data}`, as serde_json writes it.
pub(crate) struct Variant<'py, I> {
    key: Bound<'py, PyString>,
    inner: I,
    py: Python<'py>,
}

impl<'py, I> Variant<'py, I> {
    /// `{variant: data}`, the data made by `finish` of the inner serializer.
    fn finish(
        self,
        finish: impl FnOnce(I) -> Result<Bound<'py, PyAny>>,
    ) -> Result<Bound<'py, PyAny>> {
        let dict = PyDict::new(self.py);
        dict.set_item(self.key, finish(self.inner)?)?;
        Ok(dict.into_any())
    }
}

impl<'py> ser::SerializeTupleVariant for Variant<'py, List<'_, 'py>> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        self.inner.push(value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish(List::finish)
    }
}

impl<'py> ser::SerializeStructVariant for Variant<'py, Dict<'_, 'py>> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        ser::SerializeStruct::serialize_field(&mut self.inner, name, value)
    }
    fn end(self) -> Result<Self::Ok> {
        self.finish(ser::SerializeStruct::end)
    }
}
