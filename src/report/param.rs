//! A param value of an issue, as messages and JSON read it. Which params a
//! code has, and their types, is the catalogue's ([`crate::report::catalogue`]).

use rust_decimal::Decimal;

/// A parameter value of an issue.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// Text (already masked where it could be sensitive).
    Text(String),
    /// A whole number.
    Int(u64),
    /// An amount.
    Money(Decimal),
    /// A fixed list, e.g. the allowed item types.
    List(&'static [&'static str]),
}
