//! Issues and the report that collects them: every problem of one call,
//! errors and warnings apart, in input order, each with its code, its path
//! and its params.

use crate::report::catalogue::{Code, Raise, Severity};
use crate::report::param::Param;
use crate::report::path::Path;

/// One reported problem.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// What is wrong.
    pub code: Code,
    /// Where it is.
    pub path: Path,
    /// Values the message is made from, by name (the code's declared
    /// params, in order; see [`Code::params`]).
    pub params: Vec<(&'static str, Param)>,
}

impl Issue {
    /// An issue from a code's typed params.
    pub fn new<P: Raise>(path: Path, params: P) -> Issue {
        Issue {
            code: P::CODE,
            path,
            params: params.into_params(),
        }
    }

    /// A parameter by name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, p)| p)
    }
}

/// An issue not yet placed at a path: what a reader that does not know
/// where its value sits (money, a date) answers, for its caller to place.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// The catalogue code.
    pub code: Code,
    /// Its params.
    pub params: Vec<(&'static str, Param)>,
}

impl Fault {
    /// A fault from a code's typed params.
    pub fn new<P: Raise>(params: P) -> Fault {
        Fault {
            code: P::CODE,
            params: params.into_params(),
        }
    }
}

/// All issues of one call, errors and warnings apart, in input order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Issues that block the cancel.
    pub errors: Vec<Issue>,
    /// Issues that do not.
    pub warnings: Vec<Issue>,
}

impl Report {
    /// Records an issue at `path` from its code's typed params.
    pub fn raise<P: Raise>(&mut self, path: Path, params: P) {
        self.add(Issue::new(path, params));
    }

    /// Records a [`Fault`] at `path`.
    pub fn place(&mut self, path: Path, fault: Fault) {
        self.add(Issue {
            code: fault.code,
            path,
            params: fault.params,
        });
    }

    /// Records an issue under its code's severity.
    pub fn add(&mut self, issue: Issue) {
        match issue.code.severity() {
            Severity::Error => self.errors.push(issue),
            Severity::Warning => self.warnings.push(issue),
        }
    }

    /// True when no error was recorded.
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }

    /// The number of errors so far (to tell whether a step added any).
    pub fn error_count(&self) -> usize {
        self.errors.len()
    }

    /// Appends another report's issues.
    pub fn extend(&mut self, other: Report) {
        self.errors.extend(other.errors);
        self.warnings.extend(other.warnings);
    }

    /// True when an issue with this code was recorded.
    pub fn has(&self, code: Code) -> bool {
        self.errors
            .iter()
            .chain(&self.warnings)
            .any(|i| i.code == code)
    }
}

/// Masks an account number for messages: `1234567890` → `12******90`.
/// Four digits or fewer are masked whole.
pub fn mask_account(digits: &str) -> String {
    // One loop (`repeat` and `collect` each link a generic routine).
    let n = digits.chars().count();
    let mut out = String::with_capacity(digits.len());
    for (i, c) in digits.chars().enumerate() {
        let shown = n > 4 && (i < 2 || i.saturating_add(2) >= n);
        out.push(if shown { c } else { '*' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_all_but_the_ends() {
        assert_eq!(mask_account("1234567890"), "12******90");
        assert_eq!(mask_account("12345"), "12*45");
        assert_eq!(mask_account("1234"), "****");
        assert_eq!(mask_account(""), "");
    }
}
