//! Rule D001: personal data (CPR numbers).

use super::*;

#[test]
fn d001_cpr_in_comment_is_reported_and_masked() {
    let text = format!("# Kontakt: 120356-1234\n{}", base(SITUATION));
    let r = run_with(SITUATION, &text);
    let d = r.assert_at("BASS-D001", SITUATION, (1, 12));
    assert!(d.message.contains("120356-****"), "{d:?}");
    assert!(!d.message.contains("1234"), "{d:?}");
    let text = format!("# 1203561234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_at("BASS-D001", SITUATION, (1, 3));
}

#[test]
fn d001_silent_for_non_cpr_numbers() {
    // Invalid date, digits around, too long.
    let text = format!(
        "# 320356-1234 11203561234 12035612345 1203-561234 120356-12345 9120356-1234\n{}",
        base(SITUATION)
    );
    run_with(SITUATION, &text).assert_silent("BASS-D001");
}

// ------------------------------------------------------------------------------------------
// More edges of the same rules

#[test]
fn d001_leap_days() {
    // 29 February 2000 exists: a CPR number. 29 February 1901/2001 does not.
    let text = format!("# 290200-1234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_at("BASS-D001", SITUATION, (1, 3));
    let text = format!("# 290201-1234\n{}", base(SITUATION));
    run_with(SITUATION, &text).assert_silent("BASS-D001");
}
