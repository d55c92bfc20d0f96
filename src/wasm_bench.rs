//! Alternative boundaries, for `bench/` only: built with the
//! `bench-boundaries` feature into `bench/gen/`, never into the shipped
//! wasm. Each export runs the same core (`validate_cancel_request` and the
//! same result writer) behind a different way of moving data across:
//!
//! - the empty call, and a string in / string out with no work;
//! - (a) serde-wasm-bindgen: the JS object walked from Rust, property by
//!   property (`bench_validate_swb`), and the result built as JS objects
//!   (`bench_validate_swb_out`);
//! - (b) / (c) / (d) need no export of their own: JSON text, packed text
//!   and any leaner packed text all go through the shipped `validate`;
//! - the core's own stages inside wasm (`bench_stage`), to split the call.
//!
//! Rules stay in the core: these functions only convert.

use crate::input::host::PlainHost;
use crate::input::packed;
use crate::input::value::Value;
use crate::ops::{validate, Outcome};
use crate::render::ebp as output;
use crate::report::messages::Locale;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::borrow::Cow;
use std::fmt;
use wasm_bindgen::prelude::*;

/// The empty exported call.
#[wasm_bindgen]
pub fn bench_empty() {}

/// A string in (copied into wasm memory) and its length out.
#[wasm_bindgen]
pub fn bench_string_in(s: &str) -> usize {
    s.len()
}

/// A string in and a string of `len` bytes out, with no work between.
#[wasm_bindgen]
pub fn bench_string_in_out(s: &str, len: usize) -> String {
    let _ = s;
    "x".repeat(len)
}

/// The core's stages on packed text inside wasm, `reps` times, for timing
/// from JS without crossing per repetition: 0 parse only, 1 parse + rules,
/// 2 parse + rules + result JSON. Returns a checksum so nothing is elided.
#[wasm_bindgen]
pub fn bench_stage(packed_text: &str, stage: u32, reps: u32) -> usize {
    let mut sum = 0usize;
    for _ in 0..reps {
        let Ok(v) = packed::parse(packed_text) else {
            return 0;
        };
        sum = sum.wrapping_add(match stage {
            0 => usize::from(matches!(v, Value::Object(_))),
            1 => {
                let r = validate::validate_cancel_request(
                    &v,
                    &Value::Undefined,
                    crate::api::ORDER_KEYS,
                    &PlainHost,
                );
                r.report.errors.len().wrapping_add(usize::from(r.ok()))
            }
            _ => {
                let r = validate::validate_cancel_request(
                    &v,
                    &Value::Undefined,
                    crate::api::ORDER_KEYS,
                    &PlainHost,
                );
                output::validation_result(&r, Locale::En).len()
            }
        });
    }
    sum
}

/// The shipped `validate` on packed text, writing only `parts` of the
/// result (the proposal for building the per-line arrays only when read).
fn validate_parts(request: &str, options: &str, parts: output::Parts) -> String {
    let options = if options.is_empty() {
        Ok(Value::Undefined)
    } else {
        packed::parse(options)
    };
    let r = match (packed::parse(request), options) {
        (Ok(r), Ok(o)) => {
            validate::validate_cancel_request(&r, &o, crate::api::ORDER_KEYS, &PlainHost)
        }
        _ => Outcome::unreadable(),
    };
    output::validation_parts(
        &r,
        parts,
        crate::input::options::locale_of(&Value::Undefined),
    )
}

/// The verdict: the result without `payload.items` and `preview.items`.
#[wasm_bindgen]
pub fn bench_validate_verdict(request: &str, options: &str) -> String {
    validate_parts(request, options, output::Parts::Verdict)
}

/// `[payload.items, preview.items]` of the same call.
#[wasm_bindgen]
pub fn bench_validate_lines(request: &str, options: &str) -> String {
    validate_parts(request, options, output::Parts::Lines)
}

/// (a) serde-wasm-bindgen in, result JSON text out.
#[wasm_bindgen]
pub fn bench_validate_swb(request: JsValue, options: JsValue) -> String {
    let (Ok(r), Ok(o)) = (
        serde_wasm_bindgen::from_value::<Tree>(request),
        serde_wasm_bindgen::from_value::<Tree>(options),
    ) else {
        return output::validation_result(&Outcome::unreadable(), Locale::En);
    };
    let result = validate::validate_cancel_request(
        &r.value(),
        &o.value(),
        crate::api::ORDER_KEYS,
        &PlainHost,
    );
    output::validation_result(&result, Locale::En)
}

/// (a) serde-wasm-bindgen both ways: the result built as JS objects.
#[wasm_bindgen]
pub fn bench_validate_swb_out(request: JsValue, options: JsValue) -> JsValue {
    let text = bench_validate_swb(request, options);
    let Ok(v) = packed::parse(&text) else {
        return JsValue::NULL;
    };
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    Out(&v).serialize(&ser).unwrap_or(JsValue::NULL)
}

/// The result JSON text re-read and built as JS objects (what
/// `bench_validate_swb_out` adds over `bench_validate_swb`, to subtract).
#[wasm_bindgen]
pub fn bench_json_to_swb(text: &str) -> JsValue {
    let Ok(v) = packed::parse(text) else {
        return JsValue::NULL;
    };
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    Out(&v).serialize(&ser).unwrap_or(JsValue::NULL)
}

/// A JS value as serde-wasm-bindgen hands it over; numbers already in the
/// shortest decimal text the packed path carries.
enum Tree {
    Undefined,
    Bool(bool),
    Number(String),
    Str(String),
    Array(Vec<Tree>),
    Object(Vec<(String, Tree)>),
}

impl Tree {
    fn value(&self) -> Value<'_> {
        match self {
            Tree::Undefined => Value::Undefined,
            Tree::Bool(b) => Value::Bool(*b),
            Tree::Number(t) => Value::Number(t),
            Tree::Str(s) => Value::String(Cow::Borrowed(s)),
            Tree::Array(a) => Value::Array(a.iter().map(Tree::value).collect()),
            Tree::Object(o) => Value::Object(
                o.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), v.value()))
                    .collect(),
            ),
        }
    }
}

/// f64 as JS prints it for the cases that matter here: integers through
/// the digit writer, others through `core::fmt` (shortest round trip).
fn number_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if f == f.trunc() && f.abs() < 9_007_199_254_740_992.0 {
        let mut s = String::new();
        if f < 0.0 || (f == 0.0 && f.is_sign_negative()) {
            s.push('-');
        }
        crate::report::text::push_u64(&mut s, f.abs() as u64);
        return s;
    }
    format!("{f}")
}

struct TreeVisitor;

impl<'de> Visitor<'de> for TreeVisitor {
    type Value = Tree;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JS value")
    }
    fn visit_unit<E: de::Error>(self) -> Result<Tree, E> {
        Ok(Tree::Undefined)
    }
    fn visit_none<E: de::Error>(self) -> Result<Tree, E> {
        Ok(Tree::Undefined)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
        Tree::deserialize(d)
    }
    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Tree, E> {
        Ok(Tree::Bool(b))
    }
    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Tree, E> {
        Ok(Tree::Number(number_text(f)))
    }
    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Tree, E> {
        Ok(Tree::Number(number_text(n as f64)))
    }
    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Tree, E> {
        Ok(Tree::Number(number_text(n as f64)))
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Tree, E> {
        Ok(Tree::Str(s.to_string()))
    }
    fn visit_string<E: de::Error>(self, s: String) -> Result<Tree, E> {
        Ok(Tree::Str(s))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element::<Tree>()? {
            items.push(v);
        }
        Ok(Tree::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut fields = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Tree>()? {
            fields.push((k, v));
        }
        Ok(Tree::Object(fields))
    }
}

impl<'de> Deserialize<'de> for Tree {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Tree, D::Error> {
        d.deserialize_any(TreeVisitor)
    }
}

/// A result value written out through serde (numbers as f64).
struct Out<'v, 'a>(&'v Value<'a>);

impl Serialize for Out<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Undefined | Value::Null | Value::Opaque(_) => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(t) => s.serialize_f64(t.parse().unwrap_or(f64::NAN)),
            Value::String(t) => s.serialize_str(t),
            Value::Array(a) => {
                let mut seq = s.serialize_seq(Some(a.len()))?;
                for v in a {
                    seq.serialize_element(&Out(v))?;
                }
                seq.end()
            }
            Value::Object(o) => {
                let mut map = s.serialize_map(Some(o.len()))?;
                for (k, v) in o {
                    map.serialize_entry(k.as_ref(), &Out(v))?;
                }
                map.end()
            }
        }
    }
}
