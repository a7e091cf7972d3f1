//! [`Sp`]: a value with the place it was written, which every value of the model carries so
//! that a diagnostic can point at it, and [`Str`], the type of the model's texts. Its own
//! file, below the readers and the tables that use it.

use crate::diag::Loc;

/// A text of the model: a `String` that keeps up to 24 bytes inside itself, with no
/// allocation. Half the texts of a repository (ids, names, sites, short titles) are that short,
/// so a national repository's model is a fifth smaller (issue 20, docs/benchmark.md). It
/// dereferences to `str` like a `String`; `Str::from(&str)` and `.to_string()` convert.
pub type Str = compact_str::CompactString;

/// A value with the place it was written.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub loc: Loc,
}

impl<T> Sp<T> {
    /// A spanned value.
    pub fn new(value: T, loc: Loc) -> Sp<T> {
        Sp { value, loc }
    }
}

impl Sp<Str> {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

impl<T> std::ops::Deref for Sp<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}
