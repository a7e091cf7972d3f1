//! *Forsinkelser* (behind schedule, SPEC §6): overdue milestones, prerequisites not in place
//! after their due date and decisions not carried out after their due date (BASS-T008),
//! counted by owner and by site (the action's `sites`; a prerequisite and a decision have no
//! site and count by owner only), with the most days over the deadline (*Dage over frist*).
//!
//! "By owner" is by who answers for the item ([`Model::who_answers`]): its own owner, else the
//! concept owner of its centre, else the area's responsible, else the specialty owner, else
//! "—", the same person *Opmærksomhedspunkter* names.

use crate::model::Model;
use crate::model::index::Docs;
use crate::model::meaning::Accountable;
use crate::report::steering::common::Spec;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// One owner's or one site's delays.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DelayRow {
    /// The owner's name, or the site's name (its id when the programme does not name it).
    pub name: String,
    /// The site id (sites only).
    pub site: Option<String>,
    /// Overdue milestones.
    pub milestones: usize,
    /// Prerequisites not in place after their due date.
    pub prerequisites: usize,
    /// Decisions not carried out after their due date.
    pub decisions: usize,
    /// The most days over a deadline.
    pub max_days: i64,
}

/// Delays by owner and by site.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Delays {
    /// By owner, most days over first.
    pub by_owner: Vec<DelayRow>,
    /// By site, most days over first.
    pub by_site: Vec<DelayRow>,
}

impl Delays {
    /// Nothing is late.
    pub fn is_empty(&self) -> bool {
        self.by_owner.is_empty() && self.by_site.is_empty()
    }
}

/// What is late.
#[derive(Clone, Copy)]
enum Late {
    Milestone,
    Prerequisite,
    Decision,
}

fn bump(
    map: &mut BTreeMap<String, DelayRow>,
    key: &str,
    site: Option<&str>,
    what: Late,
    days: i64,
) {
    let row = map.entry(key.to_owned()).or_insert_with(|| DelayRow {
        name: key.to_owned(),
        site: site.map(str::to_owned),
        ..DelayRow::default()
    });
    match what {
        Late::Milestone => row.milestones += 1,
        Late::Prerequisite => row.prerequisites += 1,
        Late::Decision => row.decisions += 1,
    }
    row.max_days = row.max_days.max(days);
}

/// Builds the delays of the specialties of the report; decisions about none of them count
/// only in a programme-wide report (`programme`).
pub fn build(model: &Model, specs: &[Spec], today: NaiveDate, programme: bool) -> Delays {
    let site_name = |id: &str| -> String {
        model
            .program()
            .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
            .and_then(|s| s.name.as_ref().map(|n| n.value.to_string()))
            .unwrap_or_else(|| id.to_owned())
    };
    let who = |item: Accountable, docs: Option<&Docs>| -> String {
        model
            .who_answers(item, docs, today)
            .map_or_else(|| "—".to_owned(), |a| a.person().name.value.to_string())
    };
    let mut owners: BTreeMap<String, DelayRow> = BTreeMap::new();
    let mut sites: BTreeMap<String, DelayRow> = BTreeMap::new();
    for sp in specs {
        for p in &sp.docs.plans {
            let area = sp.docs.area_of_plan(p);
            for a in &p.actions {
                for m in &a.milestones {
                    if !a.is_overdue(m, today) {
                        continue;
                    }
                    let Some(due) = &m.due else { continue };
                    let days = (today - due.value).num_days();
                    let owner = who(Accountable::action(sp.id, area, a), Some(sp.docs));
                    bump(&mut owners, &owner, None, Late::Milestone, days);
                    for site in &a.sites {
                        let name = site_name(&site.value);
                        bump(&mut sites, &name, Some(&site.value), Late::Milestone, days);
                    }
                }
            }
        }
        if let Some(amb) = sp.docs.ambition() {
            for p in &amb.prerequisites {
                let Some(days) = p.days_late(today).filter(|_| p.is_overdue(today)) else {
                    continue;
                };
                let owner = who(Accountable::prerequisite(sp.id, p), Some(sp.docs));
                bump(&mut owners, &owner, None, Late::Prerequisite, days);
            }
        }
    }
    for (_, d) in model.late_decisions(today) {
        let spec = d.specialty.as_ref().map(|x| x.value.as_str());
        let docs = specs
            .iter()
            .find(|sp| Some(sp.id) == spec)
            .map(|sp| sp.docs);
        if docs.is_none() && !programme {
            continue;
        }
        let Some(days) = d.days_late(today) else {
            continue;
        };
        let owner = who(Accountable::decision(d), docs);
        bump(&mut owners, &owner, None, Late::Decision, days);
    }
    let sort = |m: BTreeMap<String, DelayRow>| {
        let mut v: Vec<DelayRow> = m.into_values().collect();
        v.sort_by(|a, b| {
            b.max_days
                .cmp(&a.max_days)
                .then_with(|| a.name.cmp(&b.name))
        });
        v
    };
    Delays {
        by_owner: sort(owners),
        by_site: sort(sites),
    }
}
