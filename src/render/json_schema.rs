//! The JSON Schema of the cancel request, built from the model's own
//! constants (item types, text and list limits, safe integers, money text,
//! the fields each reader knows), so it cannot drift from the rules.
//!
//! It says what JSON Schema can say: types, enums, required fields,
//! lengths, ranges, patterns. Rules that need arithmetic or context (the
//! exact total, tax within amount, unique `seq`, the currency's decimal
//! places, anything order-aware) stay in `validateCancelRequest`.
//!
//! Two directions, as Standard JSON Schema v1 has them: `Input` is what the
//! reader accepts (money as a number or a decimal string, `null` for an
//! absent optional field, unknown fields allowed since they are only
//! warnings); `Output` is the normalised payload a valid result carries
//! (amounts as numbers, `taxAmount` present, the account number as digits,
//! nothing else). Three targets: JSON Schema 2020-12, draft-07 and the
//! OpenAPI 3.0 schema object (draft-04 based: `nullable`, boolean
//! `exclusiveMinimum`, no `$schema`).

use crate::input::fields::{INVISIBLE, MAX_TEXT_CHARS};
use crate::input::list::MAX_ITEMS;
use crate::model::currency::max_scale;
use crate::model::money::MAX_SAFE_INTEGER;
use crate::model::ItemType;
use crate::report::text::push_u64;
use crate::rules::{account, request};

/// A JSON Schema dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// JSON Schema 2020-12.
    Draft2020_12,
    /// JSON Schema draft-07.
    Draft07,
    /// The OpenAPI 3.0 schema object.
    OpenApi30,
}

impl Target {
    /// Every target, in the order the files are listed.
    pub const ALL: &'static [Target] = &[Target::Draft2020_12, Target::Draft07, Target::OpenApi30];

    /// The Standard JSON Schema v1 name (`options.target`).
    pub fn name(self) -> &'static str {
        match self {
            Target::Draft2020_12 => "draft-2020-12",
            Target::Draft07 => "draft-07",
            Target::OpenApi30 => "openapi-3.0",
        }
    }

    /// How the package's files name it: `cancel-request.input.<suffix>.json`.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Target::Draft2020_12 => "2020-12",
            Target::Draft07 => "draft-07",
            Target::OpenApi30 => "openapi-3.0",
        }
    }

    fn dialect(self) -> Option<&'static str> {
        match self {
            Target::Draft2020_12 => Some("https://json-schema.org/draft/2020-12/schema"),
            Target::Draft07 => Some("http://json-schema.org/draft-07/schema#"),
            Target::OpenApi30 => None,
        }
    }
}

/// Which side of validation a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// What `validate` accepts.
    Input,
    /// The normalised payload of a valid result.
    Output,
}

/// A JSON value, enough for a schema.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Obj(Vec<(&'static str, Node)>),
    List(Vec<Node>),
    Text(String),
    Int(u64),
    Bool(bool),
}

fn text(s: &str) -> Node {
    Node::Text(s.to_string())
}

fn names(list: &[&str]) -> Node {
    Node::List(list.iter().map(|s| text(s)).collect())
}

/// Builds schemas for one target and direction.
struct Gen {
    target: Target,
    direction: Direction,
}

/// The sign a money field must have.
#[derive(Clone, Copy)]
enum Sign {
    Positive,
    NonNegative,
}

impl Gen {
    fn input(&self) -> bool {
        self.direction == Direction::Input
    }

    /// `type`, nullable on input when the field is optional (a `null`
    /// optional field reads as absent).
    fn typed(&self, ty: &'static str, nullable: bool, mut rest: Vec<(&'static str, Node)>) -> Node {
        let mut out = Vec::with_capacity(rest.len().saturating_add(2));
        if nullable && self.input() {
            match self.target {
                Target::OpenApi30 => {
                    out.push(("type", text(ty)));
                    out.push(("nullable", Node::Bool(true)));
                }
                _ => out.push(("type", names(&[ty, "null"]))),
            }
        } else {
            out.push(("type", text(ty)));
        }
        out.append(&mut rest);
        Node::Obj(out)
    }

    /// A lower bound: `> 0` or `≥ 0` in this dialect.
    fn lower(&self, sign: Sign, out: &mut Vec<(&'static str, Node)>) {
        match (sign, self.target) {
            (Sign::NonNegative, _) => out.push(("minimum", Node::Int(0))),
            (Sign::Positive, Target::OpenApi30) => {
                out.push(("minimum", Node::Int(0)));
                out.push(("exclusiveMinimum", Node::Bool(true)));
            }
            (Sign::Positive, _) => out.push(("exclusiveMinimum", Node::Int(0))),
        }
    }

    /// A non-blank string within the text limit.
    fn text_field(&self, description: &str, nullable: bool) -> Node {
        self.typed(
            "string",
            nullable,
            vec![
                ("description", text(description)),
                ("minLength", Node::Int(1)),
                ("maxLength", Node::Int(MAX_TEXT_CHARS as u64)),
                ("pattern", Node::Text(visible_pattern())),
            ],
        )
    }

    /// A positive safe integer (`seq`, `quantity`).
    fn positive_int(&self, description: &str) -> Node {
        Node::Obj(vec![
            ("type", text("integer")),
            ("description", text(description)),
            ("minimum", Node::Int(1)),
            ("maximum", Node::Int(MAX_SAFE_INTEGER)),
        ])
    }

    /// An amount: on input a JS number or a plain decimal string, on output a number.
    fn money(&self, description: &str, sign: Sign, nullable: bool) -> Node {
        let mut number = vec![("type", text("number"))];
        self.lower(sign, &mut number);
        number.push(("maximum", Node::Int(MAX_SAFE_INTEGER)));
        if !self.input() {
            let mut out = vec![("description", text(description))];
            out.append(&mut number);
            return Node::Obj(out);
        }
        let string = vec![
            ("type", text("string")),
            ("pattern", Node::Text(money_pattern(sign))),
        ];
        Node::Obj(vec![
            ("description", text(description)),
            ("anyOf", self.any_of(vec![number, string], nullable)),
        ])
    }

    /// `anyOf` the branches; `nullable` adds `null` (OpenAPI 3.0 has no
    /// null type: there the first branch is marked `nullable`).
    fn any_of(&self, mut branches: Vec<Vec<(&'static str, Node)>>, nullable: bool) -> Node {
        if nullable && self.input() {
            match (self.target, branches.first_mut()) {
                (Target::OpenApi30, Some(first)) => first.insert(1, ("nullable", Node::Bool(true))),
                _ => branches.push(vec![("type", text("null"))]),
            }
        }
        Node::List(branches.into_iter().map(Node::Obj).collect())
    }

    /// An object of `props`; unknown fields are allowed on input (they are
    /// warnings), never on output.
    fn object(
        &self,
        description: &str,
        nullable: bool,
        required: &[&'static str],
        props: Vec<(&'static str, Node)>,
    ) -> Node {
        let mut rest = vec![("description", text(description))];
        if !required.is_empty() {
            rest.push(("required", names(required)));
        }
        rest.push(("properties", Node::Obj(props)));
        if !self.input() {
            rest.push(("additionalProperties", Node::Bool(false)));
        }
        self.typed("object", nullable, rest)
    }

    fn account(&self) -> Node {
        let number = if self.input() {
            Node::Obj(vec![
                ("description", text("Digits; hyphens and spaces are removed (with a warning); a number only when it is a safe integer (with a warning).")),
                (
                    "anyOf",
                    self.any_of(
                        vec![
                            vec![
                                ("type", text("string")),
                                ("maxLength", Node::Int(MAX_TEXT_CHARS as u64)),
                                ("pattern", text("^[0-9 -]*[0-9][0-9 -]*$")),
                            ],
                            vec![
                                ("type", text("integer")),
                                ("minimum", Node::Int(0)),
                                ("maximum", Node::Int(MAX_SAFE_INTEGER)),
                            ],
                        ],
                        true,
                    ),
                ),
            ])
        } else {
            Node::Obj(vec![
                ("type", text("string")),
                ("description", text("Digits only, leading zeros kept.")),
                ("maxLength", Node::Int(MAX_TEXT_CHARS as u64)),
                ("pattern", text("^[0-9]+$")),
            ])
        };
        let bank = self.typed(
            "string",
            true,
            vec![
                (
                    "description",
                    text("A three-digit Korean bank code, e.g. \"004\"."),
                ),
                (
                    "pattern",
                    text(if self.input() {
                        "^\\s*[0-9]{3}\\s*$"
                    } else {
                        "^[0-9]{3}$"
                    }),
                ),
            ],
        );
        let holder = self.text_field("The account holder, trimmed and NFC-normalised.", true);
        let mut fields = vec![
            ("accountNumber", number),
            ("bankCode", bank),
            ("accountHolderName", holder),
        ];
        self.object(
            "Where a bank-transfer refund goes; which fields are needed depends on the order's pay method.",
            true,
            &[],
            in_order(account::KNOWN, &mut fields),
        )
    }

    fn item(&self) -> Node {
        let required: &[&'static str] = if self.input() {
            &["seq", "itemType", "itemId", "quantity", "amount"]
        } else {
            &[
                "seq",
                "itemType",
                "itemId",
                "quantity",
                "amount",
                "taxAmount",
            ]
        };
        self.object(
            "One line to cancel; amount and taxAmount are per unit.",
            false,
            required,
            in_order(
                request::ITEM_KNOWN,
                &mut vec![
                    ("seq", self.positive_int("The order line.")),
                    (
                        "itemType",
                        Node::Obj(vec![
                            ("type", text("string")),
                            ("description", text("The line's type.")),
                            ("enum", names(ItemType::NAMES)),
                        ]),
                    ),
                    ("itemId", self.text_field("The line's product id.", false)),
                    ("quantity", self.positive_int("Units to cancel.")),
                    (
                        "amount",
                        self.money("Refund per unit.", Sign::Positive, false),
                    ),
                    (
                        "taxAmount",
                        self.money(
                            "Tax included in amount, per unit (0 when missing).",
                            Sign::NonNegative,
                            true,
                        ),
                    ),
                ],
            ),
        )
    }

    fn request(&self) -> Node {
        let mut root = Vec::new();
        if let Some(d) = self.target.dialect() {
            root.push(("$schema", text(d)));
        }
        root.push(("title", text("CancelRequest")));
        let Node::Obj(mut body) = self.object(
            "The EBP v2 POST /api/v2/payment/cancel body, as ebp-cancel reads it. The rules JSON Schema cannot say (the exact total, tax within amount, unique seq, the currency's decimal places, the order) are checked by validateCancelRequest.",
            false,
            &["orderNo", "totalCancelAmount", "items"],
            in_order(request::KNOWN, &mut vec![
                ("orderNo", self.text_field("The order being cancelled.", false)),
                ("totalCancelAmount", self.money("Σ quantity × amount, exactly.", Sign::Positive, false)),
                ("refundAccount", self.account()),
                (
                    "items",
                    Node::Obj(vec![
                        ("type", text("array")),
                        ("description", text("Lines to cancel.")),
                        ("minItems", Node::Int(1)),
                        ("maxItems", Node::Int(MAX_ITEMS as u64)),
                        ("items", self.item()),
                    ]),
                ),
            ]),
        ) else {
            return Node::Obj(root);
        };
        root.append(&mut body);
        Node::Obj(root)
    }
}

/// The properties named by a reader's list of known fields, in its order:
/// the reader decides which fields exist, this file only how each looks (a
/// field it has no schema for is left out, and a test fails).
fn in_order(
    known: &[&'static str],
    defined: &mut Vec<(&'static str, Node)>,
) -> Vec<(&'static str, Node)> {
    let mut out = Vec::with_capacity(known.len());
    for name in known {
        if let Some(i) = defined.iter().position(|(n, _)| n == name) {
            out.push(defined.swap_remove(i));
        }
    }
    out
}

/// Matches a string with at least one character the rules do not count as
/// blank (white space and the zero-width characters in [`INVISIBLE`]).
fn visible_pattern() -> String {
    let mut p = String::from("[^");
    for &(lo, hi) in INVISIBLE {
        push_escaped(&mut p, lo);
        if hi != lo {
            p.push('-');
            push_escaped(&mut p, hi);
        }
    }
    p.push(']');
    p
}

fn push_escaped(out: &mut String, c: char) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let n = c as u32;
    out.push_str("\\u");
    for shift in [12u32, 8, 4, 0] {
        let digit = (n >> shift) & 0xF;
        out.push(HEX.get(digit as usize).map_or('0', |b| char::from(*b)));
    }
}

/// A plain decimal string (as the money reader takes it): at most 16 integer
/// digits after leading zeros, and at most [`max_scale`] decimals that are
/// not trailing zeros; `Positive` also refuses zero.
fn money_pattern(sign: Sign) -> String {
    let mut p = String::from("^");
    if matches!(sign, Sign::Positive) {
        p.push_str("(?=.*[1-9])");
    }
    p.push_str("0*[0-9]{1,16}(\\.[0-9]{1,");
    push_u64(&mut p, u64::from(max_scale()));
    p.push_str("}0*)?$");
    p
}

/// Pretty JSON, two spaces, keys in the order built (stable diffs).
fn write(node: &Node, indent: usize, out: &mut String) {
    match node {
        Node::Obj(fields) if fields.is_empty() => out.push_str("{}"),
        Node::Obj(fields) => {
            out.push('{');
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(indent.saturating_add(1), out);
                quote(k, out);
                out.push_str(": ");
                write(v, indent.saturating_add(1), out);
            }
            newline(indent, out);
            out.push('}');
        }
        Node::List(items) if items.iter().all(|n| !matches!(n, Node::Obj(_))) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write(v, indent, out);
            }
            out.push(']');
        }
        Node::List(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                newline(indent.saturating_add(1), out);
                write(v, indent.saturating_add(1), out);
            }
            newline(indent, out);
            out.push(']');
        }
        Node::Text(s) => quote(s, out),
        Node::Int(n) => push_u64(out, *n),
        Node::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
    }
}

fn newline(indent: usize, out: &mut String) {
    out.push('\n');
    for _ in 0..indent {
        out.push_str("  ");
    }
}

fn quote(s: &str, out: &mut String) {
    let mut quoted = Vec::new();
    crate::report::text::quote(&mut quoted, s);
    out.push_str(std::str::from_utf8(&quoted).unwrap_or_default());
}

/// The cancel request's JSON Schema for `target` and `direction`, as pretty
/// JSON text (the files in pkg/schema/, written by tests/generated.rs).
pub fn cancel_request(target: Target, direction: Direction) -> String {
    let mut out = String::new();
    write(&Gen { target, direction }.request(), 0, &mut out);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The property names at one level of a schema.
    fn props(node: &Node) -> Vec<&'static str> {
        let Node::Obj(fields) = node else {
            return vec![];
        };
        fields
            .iter()
            .find(|(k, _)| *k == "properties")
            .and_then(|(_, p)| match p {
                Node::Obj(ps) => Some(ps.iter().map(|(k, _)| *k).collect()),
                _ => None,
            })
            .unwrap_or_default()
    }

    #[test]
    fn every_field_the_readers_know_has_a_schema_in_their_order() {
        for target in Target::ALL {
            for direction in [Direction::Input, Direction::Output] {
                let g = Gen {
                    target: *target,
                    direction,
                };
                assert_eq!(props(&g.request()), request::KNOWN);
                assert_eq!(props(&g.item()), request::ITEM_KNOWN);
                assert_eq!(props(&g.account()), account::KNOWN);
            }
        }
    }

    #[test]
    fn money_text_is_a_plain_decimal_within_the_largest_scale() {
        assert_eq!(max_scale(), 4);
        assert_eq!(
            money_pattern(Sign::NonNegative),
            "^0*[0-9]{1,16}(\\.[0-9]{1,4}0*)?$"
        );
        assert_eq!(
            money_pattern(Sign::Positive),
            "^(?=.*[1-9])0*[0-9]{1,16}(\\.[0-9]{1,4}0*)?$"
        );
    }

    #[test]
    fn the_non_blank_pattern_lists_every_invisible_range() {
        let p = visible_pattern();
        assert!(p.starts_with("[^\\u0009-\\u000D\\u0020\\u0085"), "{p}");
        assert!(p.ends_with("\\u3000\\uFEFF]"), "{p}");
    }

    #[test]
    fn openapi_has_no_null_type_nor_dialect() {
        let text = cancel_request(Target::OpenApi30, Direction::Input);
        assert!(!text.contains("\"null\""), "{text}");
        assert!(!text.contains("$schema"));
        assert!(text.contains("\"nullable\": true"));
        assert!(text.contains("\"exclusiveMinimum\": true"));
        let text = cancel_request(Target::Draft2020_12, Direction::Input);
        assert!(text.contains("\"type\": [\"object\", \"null\"]"));
        assert!(text.contains("\"exclusiveMinimum\": 0"));
    }
}
