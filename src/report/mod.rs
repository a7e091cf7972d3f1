//! What `bass` gives back, by concern:
//!
//! - [`diagnostics`]: `validate`'s output formats (human, short, JSON, GitHub annotations, SARIF,
//!   JUnit, Markdown), one small module each over the same [`diagnostics::View`];
//! - [`steering`]: the steering-group reports as data — status, attention, decisions, since,
//!   delays, coverage, trace, timeline — computed from the model, nothing laid out;
//! - [`layout`]: that data translated and arranged for people, as one
//!   [`Sheet`](render::sheet::Sheet) per report;
//! - [`render`]: a sheet written out — terminal table, Markdown, CSV, HTML, Mermaid — and the
//!   text wrapping they share.
//!
//! The document (`crate::document`) and the website (`crate::site`) build on these, one layer up.

pub mod diagnostics;
pub mod layout;
pub mod render;
pub mod steering;
