//! Regression tests, one file per bug under `tests/regression/`, named for
//! what went wrong (as serde_json keeps them). Each fails on the code before
//! its fix.

#[path = "common/mod.rs"]
mod common;

mod regression {
    mod builder_calls_over_the_packer_limit;
    mod message_with_an_unknown_seq;
    mod response_items_over_the_packer_limit;
    mod summarize_unreadable_input;
}
