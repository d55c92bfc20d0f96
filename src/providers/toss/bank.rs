//! PLACEHOLDER until the `fidelity` bank table lands with its Toss column:
//! Toss's bank codes for `refundReceiveAccount.bank`, by KFTC code, from
//! `toss-v1-cancel.md` §4 (the Toss codes page [T1], cross-checked with
//! [N1], [N2], [T3]). Joined to the KFTC codes by bank name.

/// `(KFTC code, Toss code)`.
const TOSS: &[(&str, &str)] = &[
    ("002", "02"),
    ("003", "03"),
    ("004", "06"),
    ("007", "07"),
    ("011", "11"),
    ("012", "12"),
    ("020", "20"),
    ("023", "23"),
    ("027", "27"),
    ("031", "31"),
    ("032", "32"),
    ("034", "34"),
    ("035", "35"),
    ("037", "37"),
    ("039", "39"),
    ("045", "45"),
    ("048", "48"),
    ("050", "50"),
    ("054", "54"),
    ("064", "64"),
    ("071", "71"),
    ("081", "81"),
    ("088", "88"),
    ("089", "89"),
    ("090", "90"),
    ("092", "92"),
];

/// Toss's code for the bank with this KFTC code, if Toss lists it.
pub fn code(kftc: &str) -> Option<&'static str> {
    TOSS.iter().find(|(k, _)| *k == kftc).map(|(_, t)| *t)
}
