//! Where an issue is, as data: segments that render to JS notation
//! (`items[2].taxAmount`) only when an issue is written out.
//!
//! Rules walk with a [`Loc`], a borrowed chain that costs nothing on the
//! success path; it becomes an owned [`Path`] only when an issue is raised.

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// An object property.
    Key(String),
    /// An array index.
    Index(usize),
}

/// An owned path from the root of the input.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    /// The root (`""`).
    pub fn root() -> Self {
        Path(Vec::new())
    }

    /// This path with a property appended.
    pub fn key(mut self, k: &str) -> Self {
        self.0.push(Seg::Key(k.to_string()));
        self
    }

    /// This path with an index appended.
    pub fn index(mut self, i: usize) -> Self {
        self.0.push(Seg::Index(i));
        self
    }

    /// JS notation: `""`, `orderNo`, `items[1].amount`, `refundAccount["two words"]`.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    /// [`Path::render`], appended to `out` (where the text goes next:
    /// the result writer's string values, a message).
    #[inline(never)] // one copy for `render` and the writer's
    pub fn render_into(&self, out: &mut String) {
        // Where this path starts in `out`: a `.` goes only between segments.
        let start = out.len();
        for seg in &self.0 {
            match seg {
                Seg::Key(k) if is_identifier(k) => {
                    if out.len() > start {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Seg::Key(k) => {
                    let mut quoted = Vec::new();
                    crate::report::text::quote(&mut quoted, k);
                    out.push('[');
                    out.push_str(std::str::from_utf8(&quoted).unwrap_or_default());
                    out.push(']');
                }
                Seg::Index(i) => {
                    out.push('[');
                    crate::report::text::push_u64(out, *i as u64);
                    out.push(']');
                }
            }
        }
    }

    /// Whether this is the root (renders as `""`: every segment renders
    /// as at least one character).
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

fn is_identifier(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

/// A borrowed location while walking the input.
#[derive(Debug, Clone, Copy)]
pub struct Loc<'p> {
    parent: Option<&'p Loc<'p>>,
    seg: Option<LocSeg<'p>>,
}

#[derive(Debug, Clone, Copy)]
enum LocSeg<'p> {
    Key(&'p str),
    Index(usize),
}

impl<'p> Loc<'p> {
    /// The root of the input.
    pub const ROOT: Loc<'static> = Loc {
        parent: None,
        seg: None,
    };

    /// The location of property `k` below this one.
    pub fn key(&'p self, k: &'p str) -> Loc<'p> {
        Loc {
            parent: Some(self),
            seg: Some(LocSeg::Key(k)),
        }
    }

    /// The location of index `i` below this one.
    pub fn index(&'p self, i: usize) -> Loc<'p> {
        Loc {
            parent: Some(self),
            seg: Some(LocSeg::Index(i)),
        }
    }

    /// The owned path, built only when an issue needs it.
    pub fn path(&self) -> Path {
        let mut segs = Vec::new();
        let mut at = Some(self);
        while let Some(loc) = at {
            match loc.seg {
                Some(LocSeg::Key(k)) => segs.push(Seg::Key(k.to_string())),
                Some(LocSeg::Index(i)) => segs.push(Seg::Index(i)),
                None => {}
            }
            at = loc.parent;
        }
        segs.reverse();
        Path(segs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_js_notation() {
        let root = Loc::ROOT;
        let items = root.key("items");
        let second = items.index(2);
        assert_eq!(
            second.key("taxAmount").path().render(),
            "items[2].taxAmount"
        );
        assert_eq!(Loc::ROOT.path().render(), "");
        assert!(Loc::ROOT.path().is_root());
        // Appended after other text, the first segment still has no dot.
        let mut out = String::from("at ");
        second.key("taxAmount").path().render_into(&mut out);
        assert_eq!(out, "at items[2].taxAmount");
        let odd = Path::root().key("").index(0).key("a");
        assert!(!odd.is_root());
        assert_eq!(odd.render(), "[\"\"][0].a");
        assert_eq!(Path::root().key("odd key").render(), "[\"odd key\"]");
        assert_eq!(
            Path::root().key("order").key("items").index(0).render(),
            "order.items[0]"
        );
    }
}
