//! `--format mermaid` for `trace` (a flowchart) and `timeline` (a Gantt chart): Mermaid source
//! without a fence, for a `.mmd` file or a ```` ```mermaid ```` block on GitHub. Text from the
//! documents is written with Mermaid's entity codes for the characters that would end a label
//! or a statement.

use crate::i18n::Lang;
use crate::model::vocab::ActionState;
use crate::report::layout;
use crate::report::render::sheet::sort_da;
use crate::report::steering::timeline::TimelineReport;
use crate::report::steering::trace::TraceReport;
use std::fmt::Write;

/// Escapes a label: quotes, `#`, `:`, `;`, angle brackets, ampersands, backticks and line
/// breaks cannot end or mark up a label.
pub fn label(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            ':' => out.push_str("#58;"),
            ';' => out.push_str("#59;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '&' => out.push_str("#amp;"),
            '`' => out.push_str("#96;"),
            '|' => out.push_str("#124;"),
            '[' => out.push_str("#91;"),
            ']' => out.push_str("#93;"),
            '{' => out.push_str("#123;"),
            '}' => out.push_str("#125;"),
            '%' => out.push_str("#37;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A node id from parts: letters, digits and `_` only, so any document id is safe.
fn node(parts: &[&str]) -> String {
    let mut out = String::from("n");
    for p in parts {
        out.push('_');
        for c in p.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else {
                let _ = write!(out, "x{:x}", c as u32);
            }
        }
    }
    out
}

/// "Title (id)", as the human formats name a challenge, an area, a focus area or an action.
fn named(id: &str, title: &Option<String>) -> String {
    match title.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => format!("{t} ({id})"),
        _ => id.to_owned(),
    }
}

/// The traceability flowchart.
pub fn trace(r: &TraceReport, lang: Lang) -> String {
    let mut o = String::from("flowchart LR\n");
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| {
        s.name.clone().unwrap_or_else(|| s.id.clone())
    });
    for s in specs {
        let sid = s.id.as_str();
        let _ = writeln!(
            o,
            "  subgraph {}[\"{}\"]",
            node(&[sid]),
            label(&s.name.clone().unwrap_or_else(|| s.id.clone()))
        );
        for c in &s.challenges {
            let _ = writeln!(
                o,
                "    {}[\"{}\"]",
                node(&[sid, "K", &c.id]),
                label(&named(&c.id, &c.title))
            );
        }
        for a in &s.areas {
            let an = node(&[sid, "SI", &a.id]);
            let _ = writeln!(o, "    {an}([\"{}\"])", label(&named(&a.id, &a.title)));
            for c in &a.addresses {
                if s.challenges.iter().any(|x| x.id == *c) {
                    let _ = writeln!(o, "    {} --> {an}", node(&[sid, "K", c]));
                }
            }
            for f in &a.focus_areas {
                let fnode = node(&[sid, "FO", &f.id]);
                let _ = writeln!(o, "    {fnode}[/\"{}\"/]", label(&named(&f.id, &f.title)));
                let _ = writeln!(o, "    {an} --> {fnode}");
                for x in &f.actions {
                    let xn = node(&[sid, "H", &x.id]);
                    let principles: Vec<String> = x
                        .principles
                        .iter()
                        .map(|p| layout::principle(*p, lang))
                        .collect();
                    let text = format!(
                        "{} ({})",
                        named(&x.id, &x.title),
                        if principles.is_empty() {
                            "—".to_owned()
                        } else {
                            principles.join(", ")
                        }
                    );
                    let _ = writeln!(o, "    {xn}[\"{}\"]", label(&text));
                    let _ = writeln!(o, "    {fnode} --> {xn}");
                    let _ = writeln!(o, "    class {xn} {}", x.state);
                }
            }
        }
        for c in &s.orphans.challenges_not_addressed {
            let _ = writeln!(o, "    class {} orphan", node(&[sid, "K", c]));
        }
        o.push_str("  end\n");
    }
    o.push_str("  classDef done fill:#c7e9c0,stroke:#31a354\n");
    o.push_str("  classDef active fill:#c6dbef,stroke:#3182bd\n");
    o.push_str("  classDef planned fill:#f7fbff,stroke:#6baed6\n");
    o.push_str("  classDef paused fill:#eeeeee,stroke:#969696\n");
    o.push_str("  classDef cancelled fill:#eeeeee,stroke:#bdbdbd,stroke-dasharray:3 3\n");
    o.push_str("  classDef orphan fill:#fee0d2,stroke:#de2d26\n");
    o
}

/// The Gantt chart. Today (`--today`) is a milestone of its own, since Mermaid's own today
/// marker uses the viewer's clock. A reached milestone stands at the date it was reached. The
/// axis is written as dates are in the report's language (`01.12.2026`, ISO in English).
pub fn timeline(r: &TimelineReport, lang: Lang) -> String {
    let mut o = format!(
        "gantt\n  dateFormat YYYY-MM-DD\n  axisFormat {}\n  todayMarker off\n",
        lang.pick("%d.%m.%Y", "%Y-%m-%d")
    );
    let title = lang.pick("Tidslinje", "Timeline");
    // A report about one specialty is titled by it, not by the programme.
    let about = match &r.scope {
        Some(id) => r
            .specialties
            .iter()
            .find(|s| s.id == *id)
            .and_then(|s| s.name.clone())
            .unwrap_or_else(|| id.clone()),
        None => r.head.program.name.clone().unwrap_or_default(),
    };
    let _ = writeln!(o, "  title {}", label(&format!("{title} – {about}")));
    let today = lang.pick("I dag", "Today");
    let _ = writeln!(o, "  section {}", label(today));
    let _ = writeln!(
        o,
        "    {} {} : milestone, crit, today, {}, 0d",
        label(today),
        r.head.as_of,
        r.head.as_of
    );
    let mut specs: Vec<_> = r.specialties.iter().collect();
    sort_da(&mut specs, |s| {
        s.name.clone().unwrap_or_else(|| s.id.clone())
    });
    for s in specs {
        let _ = writeln!(
            o,
            "  section {}",
            label(&s.name.clone().unwrap_or_else(|| s.id.clone()))
        );
        for a in &s.actions {
            let (Some(start), Some(end)) = (a.start, a.end) else {
                continue;
            };
            let tag = match a.state {
                ActionState::Done => "done, ",
                ActionState::Active => "active, ",
                _ => "",
            };
            let end = end.max(start);
            let _ = writeln!(
                o,
                "    {} : {tag}{}, {start}, {end}",
                label(&named(&a.id, &a.title)),
                node(&[&s.id, &a.id])
            );
            for m in &a.milestones {
                let Some(at) = m.done.or(m.due) else { continue };
                let tag = if m.done.is_some() {
                    "done, "
                } else if m.overdue {
                    "crit, "
                } else {
                    ""
                };
                let _ = writeln!(
                    o,
                    "    {} : milestone, {tag}{at}, 0d",
                    label(&format!("◆ {}", m.title.clone().unwrap_or_default()))
                );
            }
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::label;

    #[test]
    fn labels_cannot_end_early() {
        assert_eq!(label("a \"b\": c; d\ne"), "a #quot;b#quot;#58; c#59; d e");
        assert_eq!(label("<b>#1</b>"), "#lt;b#gt;#35;1#lt;/b#gt;");
    }
}
