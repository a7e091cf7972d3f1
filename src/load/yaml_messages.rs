//! The Danish of the YAML parser's messages: one row per message granit-parser can produce,
//! matched with its `{}` parts carried over, so a Danish reader never meets the parser's
//! English ("while scanning a plain scalar, found a tab"). `tests/yaml_suite.rs` runs every
//! error case of the YAML test suite in Danish and fails on an English parser word.

/// granit-parser's messages and their Danish texts, one row per message it can produce
/// (`ErrorKind`'s `Display` in granit-parser's src/error.rs, at the exact version pinned in
/// Cargo.toml). `{}` stands for a part taken over as it is (a character, a bracket, a number).
/// A test builds every `ErrorKind` and checks that its text has a row here.
const YAML_MESSAGES_DA: &[(&str, &str)] = &[
    // The end of the file comes too early.
    (
        "unexpected EOF while parsing a flow sequence",
        "filen slutter, før en liste i `[ ]` er lukket",
    ),
    (
        "unexpected EOF while parsing a flow mapping",
        "filen slutter, før en tabel i `{ }` er lukket",
    ),
    (
        "unexpected EOF while parsing an implicit flow mapping",
        "filen slutter midt i et `nøgle: værdi`-par i `[ ]`",
    ),
    (
        "unexpected EOF while parsing a block sequence",
        "filen slutter midt i en liste",
    ),
    (
        "unexpected EOF while parsing a block mapping",
        "filen slutter midt i en tabel",
    ),
    ("unexpected eof", "filen slutter for tidligt"),
    (
        "unexpected end of plain scalar",
        "værdien slutter, før den begynder",
    ),
    // Indentation and tabs.
    ("invalid indentation", "forkert indrykning"),
    (
        "tabs disallowed in this context",
        "tabulator er ikke tilladt her; brug mellemrum",
    ),
    (
        "tabs disallowed within this context (block indentation)",
        "tabulator i indrykningen er ikke tilladt; brug mellemrum",
    ),
    (
        "tab cannot be used as indentation",
        "tabulator kan ikke bruges til indrykning; ryk ind med mellemrum",
    ),
    (
        "while scanning a plain scalar, found a tab",
        "tabulator i indrykningen er ikke tilladt; brug mellemrum",
    ),
    (
        "a block scalar content cannot start with a tab",
        "teksten efter `|` eller `>` kan ikke begynde med en tabulator; brug mellemrum",
    ),
    (
        "wrongly indented line in block scalar",
        "en linje i teksten efter `|` eller `>` er forkert indrykket",
    ),
    (
        "invalid indentation in multiline quoted scalar",
        "en tekst i citationstegn fortsætter på en linje, der ikke er rykket ind i forhold til nøglen",
    ),
    (
        "invalid indentation in flow construct",
        "en linje inde i `[ ]` eller `{ }` er ikke rykket ind i forhold til nøglen",
    ),
    (
        "recursion limit exceeded",
        "for dybt indlejret (højst 255 niveauer)",
    ),
    // Keys, values and list items.
    (
        "while parsing a block mapping, did not find expected key",
        "forventede en nøgle her (tjek indrykningen)",
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        "forventede et listepunkt (`- `) her (tjek indrykningen)",
    ),
    (
        "while parsing a node, did not find expected node content",
        "forventede en værdi her",
    ),
    (
        "mapping values are not allowed in this context",
        "kolon på et sted, hvor der ikke må stå en nøgle",
    ),
    (
        "mapping keys are not allowed in this context",
        "en nøgle kan ikke stå her (tjek indrykningen)",
    ),
    ("simple key expected ':'", "forventede `:` efter nøglen"),
    (
        "simple key is no longer valid",
        "en nøgle skal have sit kolon på samme linje",
    ),
    (
        "illegal placement of ':' indicator",
        "et kolon på et sted, hvor det ikke må stå",
    ),
    (
        "':' must be followed by a valid YAML whitespace",
        "der skal stå et mellemrum efter `:`",
    ),
    (
        "':' may not precede any of `[{` in flow mapping",
        "`:` kan ikke stå lige før `[` eller `{` inde i `{ }`",
    ),
    (
        "'-' must be followed by a valid YAML whitespace",
        "der skal stå et mellemrum efter `-`",
    ),
    (
        "block sequence entries are not allowed in this context",
        "et listepunkt (`- `) kan ikke stå her (tjek indrykningen)",
    ),
    (
        r#""-" is only valid inside a block"#,
        "et listepunkt (`- `) kan ikke stå inde i `[ ]` eller `{ }`",
    ),
    (
        "plain scalar cannot start with '-' followed by ,[]{}",
        "en værdi kan ikke begynde med `-` fulgt af `,`, `[`, `]`, `{` eller `}`",
    ),
    ("unexpected character: `{}'", "tegnet `{}` kan ikke stå her"),
    ("expected whitespace", "forventede et mellemrum her"),
    // Brackets and quotes.
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        "forventede `,` eller `}` her",
    ),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        "forventede `,` eller `]` her",
    ),
    ("misplaced bracket", "en lukkeparentes uden en åbnende"),
    (
        "mismatched bracket '{}' closed by '{}'",
        "parentesen `{}` lukkes med `{}`",
    ),
    (
        "unclosed bracket '{}'",
        "parentesen `{}` bliver ikke lukket",
    ),
    ("unclosed quote", "et citationstegn bliver ikke lukket"),
    (
        "invalid trailing content after single-quoted scalar",
        "der står mere efter det afsluttende `'`",
    ),
    (
        "invalid trailing content after double-quoted scalar",
        "der står mere efter det afsluttende `\"`",
    ),
    (
        "while scanning a quoted scalar, found unexpected document indicator",
        "`---` eller `...` inde i en tekst i citationstegn",
    ),
    (
        "while parsing a quoted scalar, found unknown escape character",
        "ukendt `\\`-kode i en tekst i `\"…\"` (skriv `\\\\` for én `\\`)",
    ),
    (
        "while parsing a quoted scalar, did not find expected hexadecimal number",
        "forventede et hexadecimalt tal efter `\\x`, `\\u` eller `\\U`",
    ),
    (
        "while parsing a quoted scalar, did not find expected hexadecimal number for low surrogate",
        "forventede et hexadecimalt tal for anden halvdel af et surrogatpar (`\\u`)",
    ),
    (
        "while parsing a quoted scalar, found invalid low surrogate",
        "anden halvdel af et surrogatpar (`\\u`) er forkert",
    ),
    (
        "while parsing a quoted scalar, found high surrogate without following low surrogate",
        "første halvdel af et surrogatpar (`\\u`) uden den anden",
    ),
    (
        "while parsing a quoted scalar, found unpaired low surrogate",
        "anden halvdel af et surrogatpar (`\\u`) uden den første",
    ),
    (
        "while parsing a quoted scalar, found invalid Unicode character escape code",
        "`\\u`-koden er ikke et Unicode-tegn",
    ),
    // Block scalars (`|`, `>`).
    (
        "while scanning a block scalar, found an indentation indicator equal to 0",
        "indrykningen efter `|` eller `>` kan ikke være 0",
    ),
    (
        "while scanning a block scalar, did not find expected comment or line break",
        "forventede en kommentar eller et linjeskift efter `|` eller `>`",
    ),
    // Comments.
    (
        "comment intercepting the multiline text",
        "en kommentar afbryder en tekst over flere linjer",
    ),
    (
        "comments must be separated from other tokens by whitespace",
        "der skal stå et mellemrum før `#`, der begynder en kommentar",
    ),
    // Anchors and aliases.
    (
        "while parsing node, found unknown anchor",
        "et alias (`*navn`) uden et anker (`&navn`) før det",
    ),
    (
        "while parsing anchor, anchor count exceeded supported limit",
        "for mange ankre (`&navn`) i filen",
    ),
    (
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character",
        "et anker eller alias (`&navn`, `*navn`) mangler sit navn",
    ),
    // Documents and directives (`---`, `...`, `%YAML`, `%TAG`).
    (
        "did not find expected <stream-start>",
        "filens begyndelse kunne ikke læses",
    ),
    (
        "did not find expected <document start>",
        "forventede begyndelsen på et dokument (`---`)",
    ),
    (
        "invalid content after document end marker",
        "der står mere efter dokumentets slutning (`...`) på samme linje",
    ),
    (
        "a BOM must not appear inside a document",
        "et BOM-tegn (U+FEFF) må ikke stå inde i et dokument",
    ),
    (
        "missing explicit document end marker before directive",
        "der mangler `...` (dokumentets slutning) før `%`-linjen",
    ),
    (
        "multiple documents not supported here",
        "flere dokumenter er ikke tilladt her",
    ),
    (
        "duplicate version directive",
        "`%YAML` står to gange i samme dokument",
    ),
    (
        "unsupported YAML major version",
        "YAML-versionen understøttes ikke (kun 1.x)",
    ),
    (
        "YAML directives are disallowed",
        "`%YAML`-linjer er ikke tilladt her",
    ),
    (
        "the TAG directive must only be given at most once per handle in the same document",
        "`%TAG` står to gange for samme præfiks i samme dokument",
    ),
    (
        "while scanning a directive, did not find expected comment or line break",
        "forventede en kommentar eller et linjeskift efter `%`-linjen",
    ),
    (
        "while scanning a directive, could not find expected directive name",
        "forventede et navn efter `%`",
    ),
    (
        "while scanning a directive, found unexpected non-alphabetical character",
        "navnet efter `%` må kun have bogstaver",
    ),
    (
        "while scanning a YAML directive, did not find expected digit or '.' character",
        "forventede et ciffer eller `.` i versionen på `%YAML`-linjen",
    ),
    (
        "while scanning a YAML directive, found extremely long version number",
        "versionsnummeret på `%YAML`-linjen er alt for langt",
    ),
    (
        "while scanning a YAML directive, did not find expected version number",
        "forventede et versionsnummer på `%YAML`-linjen",
    ),
    (
        "directive exceeds the configured limit of {} bytes",
        "`%`-linjen er længere end grænsen på {} byte",
    ),
    (
        "reserved directive exceeds the configured limit of {} parameters",
        "`%`-linjen har flere end {} dele",
    ),
    (
        "while scanning TAG, did not find expected whitespace or line break",
        "forventede et mellemrum eller linjeskift i `%TAG`-linjen",
    ),
    (
        "while parsing a tag directive, did not find expected '!'",
        "forventede `!` i `%TAG`-linjen",
    ),
    // Tags (`!navn`), which bass does not use.
    (
        "the handle wasn't declared",
        "mærkets præfiks (`!x!`) er ikke erklæret med `%TAG`",
    ),
    (
        "while scanning a tag, did not find expected '!'",
        "forventede `!` i et mærke (`!…`)",
    ),
    (
        "while scanning a tag, did not find expected whitespace or line break",
        "forventede et mellemrum eller linjeskift efter mærket (`!…`)",
    ),
    (
        "while parsing a tag, did not find expected tag URI",
        "forventede en adresse i mærket (`!<…>`)",
    ),
    (
        "while scanning a verbatim tag, did not find the expected '>'",
        "mærket (`!<…`) bliver ikke lukket med `>`",
    ),
    (
        "invalid global tag character",
        "et tegn, der ikke må stå i et globalt mærke (`%TAG`)",
    ),
    (
        "while parsing a tag, found an invalid escape sequence",
        "en forkert `%`-kode i et mærke (`!…`)",
    ),
    (
        "while parsing a tag, found an incorrect leading UTF-8 byte",
        "en `%`-kode i et mærke (`!…`) begynder ikke et UTF-8-tegn",
    ),
    (
        "while parsing a tag, found an incorrect trailing UTF-8 byte",
        "en `%`-kode i et mærke (`!…`) fortsætter ikke et UTF-8-tegn",
    ),
    (
        "while parsing a tag, found an invalid UTF-8 codepoint",
        "`%`-koderne i et mærke (`!…`) er ikke et UTF-8-tegn",
    ),
    // Reading the input: not reachable for text bass has already decoded, translated anyway.
    ("input I/O error: {}", "filen kunne ikke læses: {}"),
    (
        "input decoding error: {}",
        "filen er ikke tekst, som kan læses: {}",
    ),
    (
        "input exceeds the configured limit of {} bytes",
        "filen er større end grænsen på {} byte",
    ),
    (
        "No include resolver set for parser stack.",
        "intern fejl i YAML-læseren (ingen opløser for indlejrede filer)",
    ),
    (
        "internal error: input advertised offsets but did not provide a slice",
        "intern fejl i YAML-læseren (positioner uden tekst)",
    ),
    (
        "internal error: input advertised slicing but did not provide a slice",
        "intern fejl i YAML-læseren (udsnit uden tekst)",
    ),
];

/// The Danish text of one of granit-parser's messages, if it has one.
fn yaml_message_da_exact(m: &str) -> Option<String> {
    YAML_MESSAGES_DA
        .iter()
        .find_map(|(en, da)| fill(da, &captures(en, m)?))
}

/// The parts of `m` that stand where `pattern` has `{}`, if `m` has `pattern`'s shape.
fn captures<'m>(pattern: &str, m: &'m str) -> Option<Vec<&'m str>> {
    let mut pieces = pattern.split("{}");
    let mut rest = m.strip_prefix(pieces.next().unwrap_or(""))?;
    let mut out = Vec::new();
    let pieces: Vec<&str> = pieces.collect();
    for (i, piece) in pieces.iter().enumerate() {
        // The last piece ends the message; the others are found from the left.
        let at = if i + 1 == pieces.len() {
            rest.strip_suffix(piece).map(str::len)?
        } else {
            rest.find(piece)?
        };
        out.push(&rest[..at]);
        rest = &rest[at + piece.len()..];
    }
    rest.is_empty().then_some(out)
}

/// `pattern` with its `{}` replaced by `parts`, in order.
fn fill(pattern: &str, parts: &[&str]) -> Option<String> {
    let mut out = String::new();
    let mut pieces = pattern.split("{}");
    out.push_str(pieces.next()?);
    for (piece, part) in pieces.zip(parts.iter().chain(std::iter::repeat(&""))) {
        out.push_str(part);
        out.push_str(piece);
    }
    Some(out)
}

/// Translates a message of granit-parser into Danish. A message it does not know (one made by
/// an adapter, `ErrorKind::Custom`) is kept as it is.
pub(super) fn yaml_message_da(m: &str) -> String {
    yaml_message_da_exact(m).unwrap_or_else(|| m.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use granit_parser::ErrorKind as K;

    /// Every `ErrorKind` of the pinned granit-parser (`comments`, a feature bass does not turn
    /// on, aside), with sample values where a message carries one.
    fn every_kind() -> Vec<K> {
        vec![
            K::InputIo {
                error: std::io::Error::other("x").into(),
            },
            K::InputDecoding {
                message: "x".into(),
            },
            K::InputByteLimitExceeded { limit: 7 },
            K::UnexpectedEofFlowSequence,
            K::UnexpectedEofFlowMapping,
            K::UnexpectedEofImplicitFlowMapping,
            K::UnexpectedEofBlockSequence,
            K::UnexpectedEofBlockMapping,
            K::UnexpectedEof,
            K::ExpectedStreamStart,
            K::DuplicateVersionDirective,
            K::UnsupportedYamlMajorVersion,
            K::DuplicateTagDirective,
            K::ExpectedDocumentStart,
            K::MissingDocumentEndBeforeDirective,
            K::AnchorCountOverflow,
            K::UnknownAnchor,
            K::ExpectedNodeContent,
            K::ExpectedBlockMappingKey,
            K::ExpectedFlowMappingSeparator,
            K::ExpectedFlowSequenceSeparator,
            K::ExpectedBlockSequenceEntry,
            K::UndeclaredTagHandle,
            K::MissingIncludeResolver,
            K::MultipleDocumentsUnsupported,
            K::InputOffsetsWithoutSlice,
            K::InputSlicingUnavailable,
            K::ExpectedTagBang,
            K::ExpectedTagDirectiveBang,
            K::InvalidGlobalTagCharacter,
            K::SimpleKeyExpected,
            K::InvalidSimpleKey,
            K::InvalidDocumentEnd,
            K::InvalidIndentation,
            K::BomInsideDocument,
            K::UnexpectedCharacter { character: '@' },
            K::TabNotAllowed,
            K::TabInBlockIndentation,
            K::CommentInterceptedScalar,
            K::ExpectedWhitespace,
            K::CommentNotSeparated,
            K::InvalidDirectiveTerminator,
            K::DirectiveDisallowed,
            K::MissingYamlVersionSeparator,
            K::MissingDirectiveName,
            K::InvalidDirectiveName,
            K::DirectiveByteLimitExceeded { limit: 7 },
            K::TooManyReservedDirectiveParams { limit: 7 },
            K::YamlVersionTooLong,
            K::MissingYamlVersion,
            K::InvalidTagDirectiveTerminator,
            K::InvalidTagTerminator,
            K::MissingTagUri,
            K::UnclosedVerbatimTag,
            K::InvalidTagEscape,
            K::InvalidTagUtf8LeadingByte,
            K::InvalidTagUtf8TrailingByte,
            K::InvalidTagUtf8,
            K::MissingAnchorOrAliasName,
            K::MisplacedFlowCollectionEnd,
            K::MismatchedFlowCollectionEnd {
                open: '[',
                close: '}',
            },
            K::UnclosedFlowCollection { open: '{' },
            K::RecursionLimitExceeded,
            K::BlockEntryInFlowCollection,
            K::BlockSequenceEntryNotAllowed,
            K::InvalidBlockEntryWhitespace,
            K::ZeroBlockScalarIndent,
            K::InvalidBlockScalarHeader,
            K::TabAtBlockScalarStart,
            K::InvalidBlockScalarIndent,
            K::DocumentIndicatorInQuotedScalar,
            K::UnclosedQuotedScalar,
            K::TabInIndentation,
            K::InvalidQuotedScalarIndent,
            K::InvalidTrailingSingleQuotedScalar,
            K::InvalidTrailingDoubleQuotedScalar,
            K::UnknownQuotedScalarEscape,
            K::InvalidQuotedScalarHexEscape,
            K::InvalidLowSurrogateHexEscape,
            K::InvalidLowSurrogate,
            K::MissingLowSurrogate,
            K::UnpairedLowSurrogate,
            K::InvalidUnicodeEscape,
            K::InvalidFlowScalarIndent,
            K::PlainScalarStartsWithDashFlowIndicator,
            K::TabInPlainScalar,
            K::UnexpectedEndOfPlainScalar,
            K::MappingKeyNotAllowed,
            K::FlowMappingValueAdjacentCollection,
            K::InvalidMappingValueWhitespace,
            K::InvalidColonPlacement,
            K::MappingValueNotAllowed,
        ]
    }

    #[test]
    fn every_parser_message_has_a_danish_text() {
        let kinds = every_kind();
        let missing: Vec<String> = kinds
            .iter()
            .map(ToString::to_string)
            .filter(|m| yaml_message_da_exact(m).is_none())
            .collect();
        assert!(missing.is_empty(), "no Danish text for: {missing:#?}");
        // Every row is a message the parser has (a row with a misspelt English text would
        // never be used).
        let unused: Vec<&str> = YAML_MESSAGES_DA
            .iter()
            .map(|(en, _)| *en)
            .filter(|en| !kinds.iter().any(|k| captures(en, &k.to_string()).is_some()))
            .collect();
        assert!(unused.is_empty(), "rows that match no message: {unused:#?}");
    }

    #[test]
    fn the_parts_of_a_message_are_carried_over() {
        let da = |k: K| yaml_message_da(&k.to_string());
        assert_eq!(
            da(K::MismatchedFlowCollectionEnd {
                open: '[',
                close: '}'
            }),
            "parentesen `[` lukkes med `}`"
        );
        assert_eq!(
            da(K::UnexpectedCharacter { character: '@' }),
            "tegnet `@` kan ikke stå her"
        );
        assert_eq!(
            da(K::DirectiveByteLimitExceeded { limit: 7 }),
            "`%`-linjen er længere end grænsen på 7 byte"
        );
        // A message made outside the parser is kept.
        assert_eq!(yaml_message_da("something else"), "something else");
    }
}
