//! A [`sheet::Sheet`] written out: the terminal table, Markdown, CSV, printable HTML with its SVG
//! charts, and Mermaid, and the wrapping of text to a width that the terminal and the human
//! diagnostics share. A renderer knows formats, not the domain: every label it writes was
//! chosen by a layout.

pub mod csv;
pub mod html;
pub mod links;
pub mod markdown;
pub mod mermaid;
pub mod sheet;
pub mod svg;
pub mod table;
pub mod wrap;
pub mod xml;
