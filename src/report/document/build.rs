//! From the model to the document tree.
