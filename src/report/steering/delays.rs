//! *Forsinkelser* (behind schedule, SPEC §6): overdue milestones and prerequisites not in place
//! after their due date, counted by owner and by site (the action's `sites`; a prerequisite has
//! no site and counts by owner only), with the most days over the deadline (*Dage over frist*).

use crate::model::Model;
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

fn bump(
    map: &mut BTreeMap<String, DelayRow>,
    key: &str,
    site: Option<&str>,
    milestone: bool,
    days: i64,
) {
    let row = map.entry(key.to_owned()).or_insert_with(|| DelayRow {
        name: key.to_owned(),
        site: site.map(str::to_owned),
        ..DelayRow::default()
    });
    if milestone {
        row.milestones += 1;
    } else {
        row.prerequisites += 1;
    }
    row.max_days = row.max_days.max(days);
}

/// Builds the delays of the specialties of the report.
pub fn build(model: &Model, specs: &[Spec], today: NaiveDate) -> Delays {
    let site_name = |id: &str| -> String {
        model
            .program()
            .and_then(|p| p.sites.iter().find(|s| s.id.value == id))
            .and_then(|s| s.name.as_ref().map(|n| n.value.clone()))
            .unwrap_or_else(|| id.to_owned())
    };
    let unknown = "—";
    let mut owners: BTreeMap<String, DelayRow> = BTreeMap::new();
    let mut sites: BTreeMap<String, DelayRow> = BTreeMap::new();
    for sp in specs {
        for (_, a) in sp.docs.actions() {
            for m in &a.milestones {
                if !a.is_overdue(m, today) {
                    continue;
                }
                let Some(due) = &m.due else { continue };
                let days = (today - due.value).num_days();
                let owner = a.owner.as_ref().map_or(unknown, |o| o.name.value.as_str());
                bump(&mut owners, owner, None, true, days);
                for site in &a.sites {
                    let name = site_name(&site.value);
                    bump(&mut sites, &name, Some(&site.value), true, days);
                }
            }
        }
        if let Some(amb) = sp.docs.ambition() {
            for p in &amb.prerequisites {
                let Some(days) = p.days_late(today).filter(|_| p.is_overdue(today)) else {
                    continue;
                };
                let owner = p.owner.as_ref().map_or(unknown, |o| o.name.value.as_str());
                bump(&mut owners, owner, None, false, days);
            }
        }
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
