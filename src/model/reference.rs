//! The references of a repository (*henvisninger*), read from the field tables: every value of
//! a field whose type is a [`Ty::Ref`](crate::model::schema::Ty::Ref) is recorded as it is read,
//! with what it names and the specialty in force where it is written; and, for each kind of
//! target, what a reference may name. BASS-R003 checks the first against the second, and the
//! language server offers the second as completions, so both follow the tables: a reference
//! field added to a table is checked and completed without another list to keep in step.

pub use crate::model::schema::{Reference, Refs};

use crate::model::index::Docs;
use crate::model::schema::{Ref, Scope, Target};
use crate::model::spanned::{Sp, Str};
use crate::model::{Doc, Model};

/// Something a reference may name: its id and, for completion, its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Referable<'m> {
    /// The id.
    pub id: &'m str,
    /// Its title or name, when written.
    pub title: Option<&'m str>,
}

impl Doc {
    /// Every reference written in the document, in reading order.
    pub fn refs(&self) -> &Refs {
        static NONE: Refs = Refs::EMPTY;
        match self {
            Doc::Program(p) => &p.refs,
            Doc::Meeting(m) => &m.refs,
            _ => self.header().map_or(&NONE, |h| &h.refs),
        }
    }

    /// Sets the references read (by [`crate::model::read_document`], after reading).
    pub(crate) fn set_refs(&mut self, refs: Refs) {
        use std::sync::Arc;
        match self {
            Doc::Program(p) => Arc::make_mut(p).refs = refs,
            Doc::Meeting(m) => Arc::make_mut(m).refs = refs,
            d => {
                if let Some(h) = d.header_mut() {
                    h.refs = refs;
                }
            }
        }
    }
}

fn named<'m>(id: &'m Option<Sp<Str>>, title: &'m Option<Sp<Str>>) -> Option<Referable<'m>> {
    Some(Referable {
        id: id.as_ref()?.value.as_str(),
        title: title.as_ref().map(|t| t.value.as_str()),
    })
}

impl Model {
    /// What a reference `to` may name: for [`Scope::Specialty`], among the documents `docs` of
    /// the specialty in force (a strength position among its specialty document's `sites`);
    /// for [`Scope::Programme`], in the whole programme. In the order written.
    pub fn referable<'m>(&'m self, to: Ref, docs: &Docs<'m>) -> Vec<Referable<'m>> {
        let mut out: Vec<Referable<'m>> = Vec::new();
        let site_name = |id: &str| {
            self.program()
                .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
                .and_then(|s| s.name.as_ref())
                .map(|n| n.value.as_str())
        };
        match (to.target, to.scope) {
            (Target::Site, Scope::Specialty) => {
                for s in docs.specialty().into_iter().flat_map(|s| &s.sites) {
                    out.push(Referable {
                        id: &s.value,
                        title: site_name(&s.value),
                    });
                }
            }
            (Target::Site, Scope::Programme) => {
                for s in self.program().into_iter().flat_map(|p| &p.sites) {
                    out.push(Referable {
                        id: &s.id.value,
                        title: s.name.as_ref().map(|n| n.value.as_str()),
                    });
                }
            }
            (Target::Specialty, _) => {
                out.extend(self.specialties().filter_map(|s| named(&s.id, &s.name)));
            }
            (Target::Centre, _) => {
                for c in self.program().into_iter().flat_map(|p| &p.centres) {
                    out.push(Referable {
                        id: &c.id.value,
                        title: c.name.as_ref().map(|n| n.value.as_str()),
                    });
                }
            }
            (Target::Decision, _) => {
                out.extend(self.decisions().filter_map(|(_, d)| named(&d.id, &d.text)));
            }
            (target, Scope::Programme) => {
                // A target of a specialty, from any specialty.
                let index = crate::model::index::Index::new(self);
                for d in index.by_specialty.values() {
                    let within = Ref {
                        scope: Scope::Specialty,
                        ..to
                    };
                    debug_assert_eq!(within.target, target);
                    out.extend(self.referable(within, d));
                }
            }
            (Target::Challenge, Scope::Specialty) => {
                for c in &docs.challenges {
                    out.extend(c.challenges.iter().filter_map(|c| named(&c.id, &c.title)));
                }
            }
            (Target::StrategicArea, Scope::Specialty) => {
                for a in &docs.ambitions {
                    out.extend(
                        a.strategic_areas
                            .iter()
                            .filter_map(|s| named(&s.id, &s.title)),
                    );
                }
            }
            (Target::Prerequisite, Scope::Specialty) => {
                for a in &docs.ambitions {
                    out.extend(a.prerequisites.iter().filter_map(|p| named(&p.id, &p.text)));
                }
            }
            (Target::FocusArea, Scope::Specialty) => {
                out.extend(
                    docs.focus_areas()
                        .filter_map(|(_, f)| named(&f.id, &f.title)),
                );
            }
            (Target::DecisionRequest, Scope::Specialty) => {
                for s in &docs.statuses {
                    out.extend(s.requests().filter_map(|(_, q)| named(&q.id, &q.question)));
                }
            }
            (Target::Action, Scope::Specialty) => {
                out.extend(docs.actions().filter_map(|(_, a)| named(&a.id, &a.title)));
            }
        }
        out
    }
}
