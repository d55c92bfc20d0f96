//! The one reader of bounded lists: request items, order lines, response
//! lines, builder calls and provider lists all go through it, so an
//! over-long list reads `TOO_MANY_ITEMS` wherever it appears, whether the
//! packer copied it (a native caller's long array) or left it out as too
//! large (`Opaque::TooLarge`, a JS array over the packer's budget).

use crate::input::fields;
use crate::input::value::{Opaque, Value};
use crate::report::params as p;
use crate::report::path::Loc;
use crate::report::Report;

/// The most entries one list may carry; beyond it entries are not read.
/// The packer copies no container larger than this either.
pub const MAX_ITEMS: usize = 10_000;

/// Whether an empty list is an error (`ITEMS_EMPTY`) or simply nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Empty {
    /// An empty list is fine.
    Allowed,
    /// An empty list is `ITEMS_EMPTY`.
    Refused,
}

/// The entries of the list `v` at `at`, or `None` (reported) when it is not
/// an array, is too long, or is empty where that is refused.
pub fn bounded<'v, 'a>(
    v: &'v Value<'a>,
    at: &Loc,
    empty: Empty,
    report: &mut Report,
) -> Option<&'v [Value<'a>]> {
    match v {
        Value::Array(items) => length_ok(items.len(), at, empty, report).then_some(items),
        // An array the packer did not copy: more entries than MAX_ITEMS.
        Value::Opaque(Opaque::TooLarge(Some(count))) => {
            too_many(*count, at, report);
            None
        }
        other => {
            fields::wrong_type(at, "an array", other, report);
            None
        }
    }
}

/// The rules of [`bounded`] on a list of `n` entries given some other
/// way than as a [`Value`] (the builder's assembled lines): `ITEMS_EMPTY`
/// or `TOO_MANY_ITEMS` at `at`, and false, where `bounded` refuses it.
pub fn length_ok(n: usize, at: &Loc, empty: Empty, report: &mut Report) -> bool {
    if n == 0 && empty == Empty::Refused {
        report.raise(at.path(), p::ItemsEmpty {});
        return false;
    }
    if n > MAX_ITEMS {
        too_many(n as u64, at, report);
        return false;
    }
    true
}

fn too_many(count: u64, at: &Loc, report: &mut Report) {
    report.raise(
        at.path(),
        p::TooManyItems {
            max: MAX_ITEMS as u64,
            count,
        },
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Code, Param};

    #[test]
    fn every_over_long_shape_is_too_many_items() {
        let long = Value::Array(vec![Value::Null; MAX_ITEMS + 1]);
        let huge = Value::Opaque(Opaque::TooLarge(Some(20_000)));
        for (v, count) in [(long, MAX_ITEMS as u64 + 1), (huge, 20_000)] {
            let mut r = Report::default();
            assert!(bounded(&v, &Loc::ROOT, Empty::Allowed, &mut r).is_none());
            assert_eq!(r.errors[0].code, Code::TooManyItems);
            assert_eq!(r.errors[0].param("count"), Some(&Param::Int(count)));
        }
        let mut r = Report::default();
        let at_edge = Value::Array(vec![Value::Null; MAX_ITEMS]);
        assert_eq!(
            bounded(&at_edge, &Loc::ROOT, Empty::Allowed, &mut r).map(<[_]>::len),
            Some(MAX_ITEMS)
        );
        assert!(r.errors.is_empty());
    }

    #[test]
    fn empty_is_refused_only_where_asked() {
        let mut r = Report::default();
        let empty = Value::Array(vec![]);
        assert!(bounded(&empty, &Loc::ROOT, Empty::Refused, &mut r).is_none());
        assert_eq!(r.errors[0].code, Code::ItemsEmpty);
        let mut r = Report::default();
        assert!(bounded(&empty, &Loc::ROOT, Empty::Allowed, &mut r).is_some());
        assert!(r.errors.is_empty());
    }
}
