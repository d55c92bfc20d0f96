//! A JS value as the core sees it: a JSON tree that also keeps what JSON
//! loses (`undefined`, `NaN`, `-0`, functions, cycles, unreadable getters),
//! so every rule can report a wrong type at its path instead of failing the
//! whole call. Strings borrow from the packed input where they can.

use std::borrow::Cow;

/// One value of the caller's input.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// JS `undefined` (a key present with no value, or a missing argument).
    Undefined,
    /// JSON `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// A JS number as the host printed it: its shortest round-trip text
    /// (`"0.1"`, `"-0"`, `"1e+21"`), or `"NaN"`, `"Infinity"`, `"-Infinity"`.
    Number(&'a str),
    /// A JS number that is a whole number `0 ..= 2^31-1` (not `-0`): what
    /// the tape carries as binary (most numbers of a cancel: seq, quantity,
    /// KRW amounts). The same number as `Number` with its digits; readers
    /// take both through [`Value::number_text`].
    Int(u32),
    /// A string.
    String(Cow<'a, str>),
    /// An array, in order.
    Array(Vec<Value<'a>>),
    /// An object's own enumerable properties, in order.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
    /// Something that is not data: its kind, for the error message.
    Opaque(Opaque),
}

/// Values that cannot be read as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opaque {
    /// A JS function.
    Function,
    /// A JS symbol.
    Symbol,
    /// A JS BigInt.
    BigInt,
    /// An object that contains itself.
    Cycle,
    /// A property whose getter (or Proxy trap) threw.
    Unreadable,
    /// Nesting deeper than the reader follows.
    TooDeep,
    /// An array or object with more entries than the packer copies (how
    /// many, when known), or a whole input over the packer's budget.
    TooLarge(Option<u64>),
    /// A string longer than the packer copies (its length in UTF-16 units,
    /// when known).
    TooLong(Option<u64>),
}

/// A number's text: borrowed from the input, or the digits of a
/// [`Value::Int`] kept on the stack.
#[derive(Debug, Clone, Copy)]
pub enum NumText<'a> {
    /// The host's text.
    Text(&'a str),
    /// Right-aligned digits and where they start.
    Digits([u8; 20], usize),
}

impl NumText<'_> {
    /// The text (`"12"`, `"0.1"`, `"-0"`, `"NaN"`).
    pub fn as_str(&self) -> &str {
        match self {
            NumText::Text(t) => t,
            NumText::Digits(d, start) => {
                core::str::from_utf8(d.get(*start..).unwrap_or_default()).unwrap_or_default()
            }
        }
    }
}

impl<'a> Value<'a> {
    /// The text of a number (either form), `None` for any other value.
    pub fn number_text(&self) -> Option<NumText<'a>> {
        match self {
            Value::Number(t) => Some(NumText::Text(t)),
            Value::Int(n) => {
                let (d, start) = crate::report::text::u64_digits(u64::from(*n));
                Some(NumText::Digits(d, start))
            }
            _ => None,
        }
    }

    /// The JS type name used in `WRONG_TYPE` messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Undefined => "undefined",
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) | Value::Int(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
            Value::Opaque(o) => o.kind(),
        }
    }

    /// The value of property `key`, if this is an object that has it.
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// True for `undefined` and `null`, which mean "not given" for optional fields.
    pub fn is_absent(&self) -> bool {
        matches!(self, Value::Undefined | Value::Null)
    }
}

impl Opaque {
    /// The kind name used in messages.
    pub fn kind(self) -> &'static str {
        match self {
            Opaque::Function => "function",
            Opaque::Symbol => "symbol",
            Opaque::BigInt => "bigint",
            Opaque::Cycle => "cyclic object",
            Opaque::Unreadable => "unreadable value",
            Opaque::TooDeep => "too deeply nested value",
            Opaque::TooLarge(_) => "too large value",
            Opaque::TooLong(_) => "too long string",
        }
    }
}
