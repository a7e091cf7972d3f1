//! [`Sp`]: a value with the place it was written, which every value of the model carries so
//! that a diagnostic can point at it. Its own file, below the readers and the tables that use
//! it.

use crate::diag::Loc;

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

impl Sp<String> {
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
