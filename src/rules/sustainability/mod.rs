//! Rules about the three sustainability perspectives (*faglig*, *personalemæssig*,
//! *organisatorisk*), the "tænke-ramme" every action and challenge is seen through.

pub mod challenge_narrow_view;
pub mod copied_reason;
pub mod missing_perspective;
pub mod thin_perspective_reason;
pub mod unbalanced_area;
