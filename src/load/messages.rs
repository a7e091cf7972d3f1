//! What the loader says, in Danish and English: the messages and help texts of the load
//! rules (BASS-L001, L002, L006, D001) and of [`LoadError`](super::LoadError), and the
//! translation of the YAML parser's English messages into Danish ([`yaml_message_da`]).
//!
//! The pipeline decides *that* something is wrong; this module holds *how it is said*, so a
//! text can be corrected without reading the pipeline.

use super::yaml_messages::yaml_message_da;
use crate::i18n::{L10n, t};
use crate::syntax::paths::Unfollowed;
use std::path::Path;

/// `LoadError::NoRoot`.
pub(super) fn no_root(p: &Path) -> L10n {
    t(
        format!(
            "ingen bass.yaml i {} eller i nogen mappe over den; kør bass i et ambitionsrepositorium, eller opret et med bass init",
            p.display()
        ),
        format!(
            "no bass.yaml found in {} or any folder above it; run bass inside an ambition repository, or create one with bass init",
            p.display()
        ),
    )
}

/// `LoadError::Io`.
pub(super) fn cannot_read_root(p: &Path, e: &std::io::Error) -> L10n {
    t(
        format!("kan ikke læse {}: {e}", p.display()),
        format!("cannot read {}: {e}", p.display()),
    )
}

/// L006 for a walk entry that could not be followed: message and help.
pub(super) fn walk_error(err: &Unfollowed) -> (L10n, L10n) {
    if *err == Unfollowed::Outside {
        (
            t(
                "Genvejen peger uden for repositoriet og følges ikke.",
                "The symbolic link points outside the repository and is not followed.",
            ),
            t(
                "Kopiér dokumenterne ind i repositoriet, eller udelad genvejen med `exclude` i bass.yaml.",
                "Copy the documents into the repository, or leave the link out with `exclude` in bass.yaml.",
            ),
        )
    } else {
        (
            t(
                format!("Filen kan ikke læses: {}.", reason_da(&err.to_string())),
                format!("The file cannot be read: {err}."),
            ),
            t(
                "Ret filens rettigheder eller fjern den løkke af genveje, der peger på sig selv.",
                "Fix the file's permissions, or remove the symbolic links that point back at themselves.",
            ),
        )
    }
}

/// L006 for a file over [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES): message and help.
pub(super) fn too_large(max_bytes: u64) -> (L10n, L10n) {
    (
        t(
            format!(
                "Filen er større end {} MB og læses ikke.",
                max_bytes / 1024 / 1024
            ),
            format!(
                "The file is larger than {} MB and is not read.",
                max_bytes / 1024 / 1024
            ),
        ),
        t(
            "Del dokumenterne op i flere filer.",
            "Split the documents into several files.",
        ),
    )
}

/// The operating system's reason, in Danish where it is a common one; otherwise its own
/// words, marked as the system's (a Danish reader should not meet untranslated English as if
/// it were bass's own sentence).
fn reason_da(err: &str) -> String {
    let e = err.to_ascii_lowercase();
    if e.contains("loop") || e.contains("too many levels of symbolic links") {
        "genvejene (symbolske links) danner en løkke".to_owned()
    } else if e.contains("permission denied") {
        "adgang nægtet".to_owned()
    } else if e.contains("no such file") || e.contains("not found") {
        "filen findes ikke (længere)".to_owned()
    } else if e.contains("is a directory") {
        "det er en mappe, ikke en fil".to_owned()
    } else {
        format!("systemet svarede \"{err}\"")
    }
}

/// L006 for an I/O error reading a file: message and help.
pub(super) fn io_error(e: &std::io::Error) -> (L10n, L10n) {
    let reason = match e.kind() {
        std::io::ErrorKind::PermissionDenied => "adgang nægtet".to_owned(),
        std::io::ErrorKind::NotFound => "filen findes ikke (længere)".to_owned(),
        std::io::ErrorKind::IsADirectory => "det er en mappe, ikke en fil".to_owned(),
        _ => reason_da(&e.to_string()),
    };
    (
        t(
            format!("Filen kan ikke læses: {reason}."),
            format!("The file cannot be read: {e}."),
        ),
        t(
            "Kontrollér filens rettigheder.",
            "Check the file's permissions.",
        ),
    )
}

/// The help of every encoding problem.
fn save_as_utf8() -> L10n {
    t(
        "Gem filen som UTF-8 (i Notesblok: Gem som → Kodning: UTF-8).",
        "Save the file as UTF-8 (in Notepad: Save as → Encoding: UTF-8).",
    )
}

/// L006 for a file saved as UTF-16: message and help.
pub(super) fn utf16() -> (L10n, L10n) {
    (
        t(
            "Filen er gemt som UTF-16 (\"Unicode\"), ikke UTF-8.",
            "The file is saved as UTF-16 (\"Unicode\"), not UTF-8.",
        ),
        save_as_utf8(),
    )
}

/// L006 for bytes that are not UTF-8: message and help.
pub(super) fn not_utf8() -> (L10n, L10n) {
    (
        t(
            "Filen er ikke gemt som UTF-8: her står et tegn, der ikke kan læses.",
            "The file is not saved as UTF-8: this character cannot be read.",
        ),
        save_as_utf8(),
    )
}

/// D001 for a masked CPR number: message and help.
pub(super) fn cpr_number(masked: &str) -> (L10n, L10n) {
    (
        t(
            format!("`{masked}` ligner et CPR-nummer; personnumre hører ikke hjemme her."),
            format!(
                "`{masked}` looks like a CPR number; personal identity numbers do not belong here."
            ),
        ),
        t(
            "Slet nummeret, også fra git-historikken, og beskriv sagen uden det: et personnummer må aldrig stå her, heller ikke en patients.",
            "Delete the number, from the git history too, and describe the case without it: a personal identity number never belongs here, not even a patient's.",
        ),
    )
}

/// The parser's messages about a line indented too little, or with a tab, inside a flow
/// collection (`[ ]`, `{ }`) or a quoted text that goes on over several lines: what strict YAML
/// indentation (SPEC §3, `syntax::yaml::options`) refuses where earlier versions of bass, like
/// PyYAML, read on.
const INDENTATION_MESSAGES: &[&str] = &[
    "invalid indentation",
    "invalid indentation in flow construct",
    "invalid indentation in multiline quoted scalar",
    "tab cannot be used as indentation",
];

/// L001 for a YAML syntax error: message and help. The help of an indentation error says how
/// to indent.
pub(super) fn yaml_syntax(message: &str) -> (L10n, L10n) {
    let help = if message == "invalid indentation in multiline quoted scalar" {
        // Also what a forgotten closing quote looks like: the text runs into the next line.
        t(
            "Skal teksten slutte på linjen over, mangler dens afsluttende citationstegn dér. Skal den fortsætte her, så ryk linjen mindst ét mellemrum ind i forhold til nøglen, med mellemrum (ikke tabulator), fx `title: \"a` og på næste linje `  b\"`.",
            "If the text should end on the line above, its closing quote is missing there. If it goes on here, indent this line at least one space further in than the key, with spaces (not tabs), e.g. `title: \"a` and on the next line `  b\"`.",
        )
    } else if INDENTATION_MESSAGES.contains(&message) {
        t(
            "Ryk linjen ind i forhold til nøglen, den hører under, med mellemrum (ikke tabulator): en liste i `[ ]`, en tabel i `{ }` og en tekst i citationstegn, der fortsætter på næste linje, skal rykkes mindst ét mellemrum ind i forhold til nøglen, fx `liste: [a,` og på næste linje `  b]`.",
            "Indent the line further than the key it belongs to, with spaces (not tabs): a list in `[ ]`, a mapping in `{ }` and a quoted text that go on to the next line must stand at least one space further in than the key, e.g. `list: [a,` and on the next line `  b]`.",
        )
    } else {
        t(
            "Tjek indrykningen (mellemrum, ikke tabulator), kolon efter hver nøgle og at citationstegn og parenteser lukkes.",
            "Check the indentation (spaces, not tabs), a colon after each key, and that quotes and brackets are closed.",
        )
    };
    (
        t(
            format!(
                "YAML-fejl: {}. Resten af filen springes over.",
                yaml_message_da(message)
            ),
            format!("YAML error: {message}. The rest of the file is skipped."),
        ),
        help,
    )
}

/// L001 for a key written twice: message, the label of the first one, and help.
pub(super) fn duplicate_key(key: &str) -> (L10n, L10n, L10n) {
    (
        t(
            format!("Nøglen `{key}` står to gange i samme tabel; den anden ignoreres."),
            format!("The key `{key}` appears twice in the same mapping; the second is ignored."),
        ),
        t("første gang her", "first here"),
        t(
            "Slet den ene, eller flet de to sammen.",
            "Delete one of them, or merge the two.",
        ),
    )
}

/// L001 for anchors and aliases that expand too far: message and help.
pub(super) fn alias_bomb() -> (L10n, L10n) {
    (
        t(
            "Ankre og alias (`&navn`, `*navn`) gør filen alt for stor; resten af filen springes over.",
            "Anchors and aliases (`&name`, `*name`) make the file far too large; the rest of the file is skipped.",
        ),
        t(
            "Skriv værdierne ud i stedet for at bruge ankre og alias.",
            "Write the values out instead of using anchors and aliases.",
        ),
    )
}

/// L002 for a file without documents: message and help.
pub(super) fn empty_file() -> (L10n, L10n) {
    (
        t(
            "Filen er tom eller indeholder kun kommentarer.",
            "The file is empty or holds only comments.",
        ),
        t(
            "Skriv et dokument, der begynder med `kind:`, eller slet filen.",
            "Write a document starting with `kind:`, or delete the file.",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indentation_error_says_how_to_indent() {
        for m in INDENTATION_MESSAGES {
            let (msg, help) = yaml_syntax(m);
            assert!(msg.da.starts_with("YAML-fejl: "), "{}", msg.da);
            assert!(
                help.da
                    .contains("mindst ét mellemrum ind i forhold til nøglen"),
                "{}",
                help.da
            );
            assert!(help.en.contains("further in than the key"), "{}", help.en);
        }
        let (_, help) = yaml_syntax("invalid indentation in multiline quoted scalar");
        assert!(
            help.en.starts_with(
                "If the text should end on the line above, its closing quote is missing"
            ),
            "{}",
            help.en
        );
        let (_, help) = yaml_syntax("simple key expected ':'");
        assert!(help.en.starts_with("Check the indentation"), "{}", help.en);
    }

    #[test]
    fn system_reasons_read_in_danish() {
        let (m, _) = walk_error(&Unfollowed::Broken(
            "Too many levels of symbolic links (os error 40)".into(),
        ));
        assert_eq!(
            m.da,
            "Filen kan ikke læses: genvejene (symbolske links) danner en løkke."
        );
        let e = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(io_error(&e).0.da, "Filen kan ikke læses: adgang nægtet.");
        let (m, _) = walk_error(&Unfollowed::Broken("odd failure".into()));
        assert!(
            m.da.contains("systemet svarede \"odd failure\""),
            "{}",
            m.da
        );
    }
}
