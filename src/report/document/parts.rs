//! Pieces the document builder shares: labels and date formats.
