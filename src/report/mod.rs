//! What a call reports: the catalogue of stable codes ([`catalogue`]), each
//! code's typed params ([`params`]), issues and the report that collects
//! them ([`issue`]), where an issue is ([`path`]), its English and Korean
//! text ([`messages`]), and the few text helpers these need ([`text`]).

pub mod catalogue;
pub mod issue;
pub mod messages;
pub mod param;
pub mod path;
pub mod text;

pub use catalogue::{params, Code, ParamKind, ParamSpec, Raise, Severity};
pub use issue::{mask_account, Fault, Issue, Report};
pub use param::Param;
