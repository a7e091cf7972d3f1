//! bass's diagnostics as LSP diagnostics (code, severity, message with its help, related
//! locations), and publishing them for one document.

use super::transport::{Out, send};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use lsp_server::{Message, Notification};
use lsp_types as lt;

pub(super) fn publish(out: &Out, uri: &str, diagnostics: Vec<lt::Diagnostic>) {
    let Ok(uri) = uri.parse::<lt::Uri>() else {
        return;
    };
    let params = lt::PublishDiagnosticsParams {
        uri,
        diagnostics,
        version: None,
    };
    send(
        out,
        Message::Notification(Notification::new(
            "textDocument/publishDiagnostics".into(),
            params,
        )),
    );
}

pub(super) fn to_lsp(
    d: &Diagnostic,
    lang: Lang,
    range_of: &mut impl FnMut(crate::diag::Loc) -> lt::Range,
    uri_of: &impl Fn(crate::diag::FileId) -> String,
) -> lt::Diagnostic {
    let mut message = d.message.get(lang).to_owned();
    if let Some(h) = crate::report::diagnostics::help(d, lang) {
        message.push('\n');
        message.push_str(&h);
    }
    let related: Vec<lt::DiagnosticRelatedInformation> = d
        .related
        .iter()
        .filter_map(|r| {
            Some(lt::DiagnosticRelatedInformation {
                location: lt::Location {
                    uri: uri_of(r.loc.file).parse().ok()?,
                    range: range_of(r.loc),
                },
                message: r.message.get(lang).to_owned(),
            })
        })
        .collect();
    lt::Diagnostic {
        range: range_of(d.primary),
        severity: Some(match d.severity {
            Severity::Error => lt::DiagnosticSeverity::ERROR,
            Severity::Warning => lt::DiagnosticSeverity::WARNING,
            Severity::Info => lt::DiagnosticSeverity::INFORMATION,
        }),
        code: Some(lt::NumberOrString::String(d.code.as_str().to_owned())),
        source: Some("bass".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}
