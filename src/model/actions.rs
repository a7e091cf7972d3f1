//! `kind: actions` — the action plan of a focus area (*Konkretisering af handlinger*): concrete,
//! time-boxed actions, each traced to the BASS principles and assessed from the three
//! sustainability perspectives.

use crate::diag::{Loc, WaiverScope};
use crate::i18n::Text;
use crate::model::common::{Person, Reasons, Waiver};
use crate::model::header::Header;
use crate::model::read::{Reader, Sp, Str};
use crate::model::schema::{Obj, Ref, Req, Target, Ty, WAIVER, f};
use crate::model::vocab::{ActionState, PERSPECTIVES, PRINCIPLES, Perspective, Principle, STATES};
use crate::syntax::yaml::{Node, Value};
use chrono::NaiveDate;

const MILESTONE: Obj = Obj {
    name: "milestone",
    doc: Text {
        da: "En milepæl.",
        en: "A milestone.",
    },
    fields: &[
        f(
            "title",
            Req::Yes,
            Ty::Text,
            "Hvad der skal være nået.",
            "What is to be reached.",
        ),
        f("due", Req::Yes, Ty::Date, "Hvornår.", "When."),
        f(
            "done",
            Req::No,
            Ty::Date,
            "Dato for gennemførelse.",
            "Date of completion.",
        ),
    ],
};

const ACTION: Obj = Obj {
    name: "action",
    doc: Text {
        da: "En konkret, tidsafgrænset handling.",
        en: "A concrete, time-boxed action.",
    },
    fields: &[
        f(
            "id",
            Req::Yes,
            Ty::Str,
            "Id, fx H1; entydigt i specialet.",
            "Id, e.g. H1; unique in the specialty.",
        ),
        f("title", Req::Yes, Ty::Text, "Overskrift.", "Title."),
        f("purpose", Req::Yes, Ty::Text, "Formål.", "Purpose."),
        f(
            "owner",
            Req::Yes,
            Ty::Person,
            "Hvem der står til ansvar for handlingen.",
            "Who answers for the action.",
        ),
        f(
            "participants",
            Req::No,
            Ty::List(&Ty::Person),
            "Hvem der udfører den.",
            "Who carries it out.",
        ),
        f(
            "sites",
            Req::No,
            Ty::List(&Ref::to(Target::Site)),
            "Hvor den finder sted.",
            "Where it takes place.",
        ),
        f("start", Req::Yes, Ty::Date, "Startdato.", "Start date."),
        f("end", Req::Yes, Ty::Date, "Slutdato.", "End date."),
        f(
            "state",
            Req::No,
            Ty::Enum(STATES),
            "Fremdrift: `planlagt`, `i gang`, `gennemført`, `sat på pause` eller `udgået` (eller på engelsk `planned`, `active`, `done`, `paused`, `cancelled`); standard `planned`.",
            "State: `planned`, `active`, `done`, `paused` or `cancelled` (default `planned`).",
        ),
        f(
            "state_reason",
            Req::No,
            Ty::Text,
            "Begrundelse: hvorfor handlingen er sat på pause eller udgået (BASS-C008).",
            "Why the action is paused or cancelled (BASS-C008).",
        ),
        f(
            "requires",
            Req::No,
            Ty::List(&Ref::to(Target::Prerequisite)),
            "De forudsætninger (id fra den strategiske ambition), handlingen afhænger af.",
            "The prerequisites (ids in the strategic ambition) the action depends on.",
        ),
        f(
            "centres",
            Req::No,
            Ty::List(&Ref::to(Target::Centre)),
            "De tværgående centre (id fra bass.yaml), hvis støtte handlingen har brug for, fx [DIG, HR].",
            "The cross-cutting centres (ids from bass.yaml) whose support the action needs, e.g. [DIG, HR].",
        ),
        f(
            "resources",
            Req::No,
            Ty::Text,
            "Forventet ressourceforbrug.",
            "Expected use of resources.",
        ),
        f(
            "principles",
            Req::ByRule("BASS-P001"),
            Ty::Reasons(PRINCIPLES),
            "BASS-principperne, handlingen bygger på, hver med begrundelse.",
            "The BASS principles the action traces back to, each with its reason.",
        ),
        f(
            "sustainability",
            Req::ByRule("BASS-S001"),
            Ty::Assessments(PERSPECTIVES),
            "Vurdering fra alle tre bæredygtighedsperspektiver, hver med begrundelse: enten blot begrundelsen, eller `effect` (strengthens/styrker, neutral, strains/belaster) og `reason`.",
            "Assessment from all three sustainability perspectives, each with its reason: either the reason alone, or `effect` (strengthens, neutral, strains) and `reason`.",
        ),
        f(
            "milestones",
            Req::No,
            Ty::List(&Ty::Object(&MILESTONE)),
            "Milepæle.",
            "Milestones.",
        ),
        f(
            "success_criteria",
            Req::No,
            Ty::List(&Ty::Text),
            "Succeskriterier.",
            "Success criteria.",
        ),
        f(
            "process_goals",
            Req::No,
            Ty::List(&Ty::Text),
            "Procesmål.",
            "Process goals.",
        ),
        f(
            "indicators",
            Req::No,
            Ty::List(&Ty::Text),
            "Indikatorer for fremdrift.",
            "Progress indicators.",
        ),
        f(
            "waivers",
            Req::No,
            Ty::List(&Ty::Object(&WAIVER)),
            "Bevidste undtagelser fra regler, med begrundelse.",
            "Rules consciously accepted, with reasons.",
        ),
    ],
};

/// The shape of an actions document.
pub const SCHEMA: Obj = Obj {
    name: "actions",
    doc: Text {
        da: "Konkretisering af handlinger for et fokusområde.",
        en: "The action plan of a focus area.",
    },
    fields: &[
        f(
            "kind",
            Req::Yes,
            Ty::Str,
            "Dokumenttype: `actions`.",
            "The document kind: actions.",
        ),
        f(
            "specialty",
            Req::Yes,
            Ref::to(Target::Specialty),
            "Specialets id.",
            "The specialty's id.",
        ),
        f(
            "focus_area",
            Req::Yes,
            Ref::to(Target::FocusArea),
            "Fokusområdet (id fra rammerne).",
            "The focus area (id from the framework).",
        ),
        f(
            "actions",
            Req::Yes,
            Ty::List(&Ty::Object(&ACTION)),
            "Handlingerne; mindst én.",
            "The actions; at least one.",
        ),
    ],
};

/// A milestone (*milepæl*). Whether it is done, open or overdue on a day is answered in
/// [`crate::model::meaning::work`].
#[derive(Clone, Debug)]
pub struct Milestone {
    /// Title.
    pub title: Option<Sp<Str>>,
    /// Due date.
    pub due: Option<Sp<NaiveDate>>,
    /// Completion date; `None` = open.
    pub done: Option<Sp<NaiveDate>>,
    /// `done` was written but is not a date (BASS-L004): whether the milestone is done is
    /// unknown ([`Progress::Unknown`](crate::model::meaning::Progress::Unknown)).
    pub done_invalid: bool,
}

/// A concrete action (*handling*).
#[derive(Clone, Debug)]
pub struct Action {
    /// Id (`H1`).
    pub id: Option<Sp<Str>>,
    /// Title.
    pub title: Option<Sp<Str>>,
    /// Purpose (*formål*).
    pub purpose: Option<Sp<Str>>,
    /// Owner (*ansvarlig*).
    pub owner: Option<Person>,
    /// The `owner` key, where BASS-G005 points.
    pub owner_key: Option<Loc>,
    /// Sites. (The lists of an action are boxed slices, 16 bytes, not `Vec`s, 24: an action
    /// does not grow once read, and a national repository has tens of thousands.)
    pub sites: Box<[Sp<Str>]>,
    /// Start.
    pub start: Option<Sp<NaiveDate>>,
    /// End.
    pub end: Option<Sp<NaiveDate>>,
    /// State (*tilstand*) as written; `None` = planned (or invalid, already reported).
    pub state: Option<Sp<ActionState>>,
    /// `state` was written but is not a state (BASS-L004): see [`Action::known_state`].
    pub state_invalid: bool,
    /// Resources (*ressourceforbrug*).
    pub resources: Option<Sp<Str>>,
    /// Principles with reasons.
    pub principles: Option<Reasons<Principle>>,
    /// True when a misspelt key stands for `principles` (L003 speaks, not P001).
    pub principles_misspelt: bool,
    /// Perspectives with reasons.
    pub sustainability: Option<Reasons<Perspective>>,
    /// True when a misspelt key stands for `sustainability`.
    pub sustainability_misspelt: bool,
    /// Milestones (*milepæle*).
    pub milestones: Box<[Milestone]>,
    /// Success criteria.
    pub success_criteria: Box<[Sp<Str>]>,
    /// Process goals (*procesmål*).
    pub process_goals: Box<[Sp<Str>]>,
    /// Progress indicators.
    pub indicators: Box<[Sp<Str>]>,
    /// What most actions leave out, apart ([`Seldom`]): read it through
    /// [`Action::participants`], [`Action::state_reason`], [`Action::requires`],
    /// [`Action::centres`] and [`Action::waivers`].
    seldom: Option<Box<Seldom>>,
    /// Of `milestones`, `resources`, `success_criteria`, `process_goals`, `indicators` and
    /// `state_reason`, those written with a value, even an invalid one (already BASS-L004) or
    /// a blank text (already BASS-L005), or under a misspelt key (already BASS-L003): C003,
    /// C004 and C008 do not call them missing again. A list of blank items is not written.
    pub written: Written,
    /// The action entry.
    pub loc: Loc,
    /// Its first key, for when it has no id.
    pub first_key: Loc,
}

/// The fields of an [`Action`] that most actions leave out, kept apart so that an action
/// without them carries one empty pointer instead of their 150 bytes (a national repository
/// has tens of thousands of actions; issue 20's peak memory).
#[derive(Clone, Debug, Default)]
struct Seldom {
    participants: Vec<Person>,
    state_reason: Option<Sp<Str>>,
    requires: Vec<Sp<Str>>,
    centres: Vec<Sp<Str>>,
    waivers: Vec<Waiver>,
}

impl Seldom {
    /// `None` when every field is empty.
    fn boxed(self) -> Option<Box<Seldom>> {
        let empty = self.participants.is_empty()
            && self.state_reason.is_none()
            && self.requires.is_empty()
            && self.centres.is_empty()
            && self.waivers.is_empty();
        (!empty).then(|| Box::new(self))
    }
}

impl Action {
    /// Participants (*deltagere*).
    pub fn participants(&self) -> &[Person] {
        self.seldom.as_ref().map_or(&[], |s| &s.participants)
    }

    /// Why it is paused or cancelled (*begrundelse*). (As the other optional texts of an
    /// action are held, so the same helpers read it.)
    pub fn state_reason(&self) -> &Option<Sp<Str>> {
        static NONE: Option<Sp<Str>> = None;
        self.seldom.as_ref().map_or(&NONE, |s| &s.state_reason)
    }

    /// Prerequisite ids of the specialty's ambition this action depends on.
    pub fn requires(&self) -> &[Sp<Str>] {
        self.seldom.as_ref().map_or(&[], |s| &s.requires)
    }

    /// The cross-cutting centres (*tværgående centre*) whose support it needs.
    pub fn centres(&self) -> &[Sp<Str>] {
        self.seldom.as_ref().map_or(&[], |s| &s.centres)
    }

    /// Waivers.
    pub fn waivers(&self) -> &[Waiver] {
        self.seldom.as_ref().map_or(&[], |s| &s.waivers)
    }

    /// The state, `planned` when not given.
    pub fn state(&self) -> ActionState {
        self.state
            .as_ref()
            .map_or(ActionState::Planned, |s| s.value)
    }

    /// The id value, else the first key: where action-level rules point.
    pub fn ident(&self) -> Loc {
        self.id.as_ref().map_or(self.first_key, |i| i.loc)
    }

    /// The id as text (`?` when missing).
    pub fn id_str(&self) -> &str {
        self.id.as_ref().map_or("?", |i| i.value.as_str())
    }

    /// The waiver scope of this action.
    pub fn scope(&self) -> WaiverScope {
        WaiverScope(self.loc)
    }
}

/// The action plan of a focus area (*Konkretisering af handlinger*).
#[derive(Clone, Debug)]
pub struct ActionPlan {
    /// Place and specialty.
    pub header: Header,
    /// The focus area id.
    pub focus_area: Option<Sp<Str>>,
    /// The actions.
    pub actions: Vec<Action>,
}

impl ActionPlan {
    /// The focus-area value, else the kind: where this plan is named.
    pub fn ident(&self) -> Loc {
        self.focus_area.as_ref().map_or(self.header.kind, |s| s.loc)
    }
}

/// Reads an actions document.
pub fn read(r: &mut Reader, root: &Node) -> Option<ActionPlan> {
    let m = r.map(root, &SCHEMA)?;
    let header = Header::read(r, &m);
    let focus_area = r.str(&m, "focus_area");
    // Which focus area the plan is for: without it, C002 would only echo this problem.
    if focus_area.is_none() {
        r.incomplete = true;
    }
    let mut actions = Vec::new();
    if let Some((_, items)) = r.list(&m, "actions") {
        // Sized once: a plan's actions are most of the model, and doubling leaves a third spare.
        actions.reserve_exact(items.len());
        for n in items {
            if let Some(a) = read_action(r, n) {
                actions.push(a);
            }
        }
    }
    Some(ActionPlan {
        header,
        focus_area,
        actions,
    })
}

/// The fields that qualify an action (C003, C004), and the reason a stopped action needs
/// (C008): the rules that ask for them read [`Action::written`].
const ASKED_FOR: [&str; 6] = [
    "milestones",
    "resources",
    "success_criteria",
    "process_goals",
    "indicators",
    "state_reason",
];

/// Which of `milestones`, `resources`, `success_criteria`, `process_goals`, `indicators` and
/// `state_reason` an action has written: a bit each, since every action of a national
/// repository carries it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written(u8);

impl Written {
    /// Whether `key`, one of those fields, was written (false for any other key).
    pub fn contains(self, key: &str) -> bool {
        ASKED_FOR
            .iter()
            .position(|k| *k == key)
            .is_some_and(|i| self.0 & (1 << i) != 0)
    }

    fn from_keys(mut written: impl FnMut(&'static str) -> bool) -> Written {
        let bits = ASKED_FOR.iter().enumerate();
        Written(bits.fold(0, |acc, (i, k)| if written(k) { acc | 1 << i } else { acc }))
    }
}

fn read_action(r: &mut Reader, n: &Node) -> Option<Action> {
    let m = r.map(n, &ACTION)?;
    let loc = r.loc(n.span);
    let mut milestones = Vec::new();
    let first_key = r.loc(m.first_key());
    let id = r.str(&m, "id");
    let title = r.str(&m, "title");
    let purpose = r.str(&m, "purpose");
    let owner = r.person(&m, "owner");
    let owner_key = r.key_loc(&m, "owner");
    let participants = r.persons(&m, "participants");
    let sites = r.str_list(&m, "sites");
    let start = r.date(&m, "start");
    let end = r.date(&m, "end");
    let state = r.enumeration(&m, "state");
    let state_invalid = state.is_none() && m.value("state").is_some();
    let state_reason = r.str(&m, "state_reason");
    let requires = r.str_list(&m, "requires");
    let centres = r.str_list(&m, "centres");
    let resources = r.str(&m, "resources");
    let principles = r.reasons(&m, "principles");
    let sustainability = r.assessments(&m, "sustainability");
    if let Some((_, items)) = r.list(&m, "milestones") {
        milestones.reserve_exact(items.len());
        for mn in items {
            if let Some(mm) = r.map(mn, &MILESTONE) {
                let done = r.date(&mm, "done");
                milestones.push(Milestone {
                    title: r.str(&mm, "title"),
                    due: r.date(&mm, "due"),
                    done_invalid: done.is_none() && mm.value("done").is_some(),
                    done,
                });
            }
        }
    }
    let success_criteria = r.str_list(&m, "success_criteria");
    let process_goals = r.str_list(&m, "process_goals");
    let indicators = r.str_list(&m, "indicators");
    let waivers = r.waivers(&m, WaiverScope(loc));
    let written = Written::from_keys(|k| {
        // An unknown key taken for this one (`milepæle:` → `milestones`) is L003's to report
        // (SPEC §5 "Which rule speaks"): C003/C004 stay silent about it.
        m.misspelt(k)
            || m.value(k).is_some_and(|n| match &n.value {
                // Blank items are dropped without a word: they do not count as written.
                Value::Seq(items) => items
                    .iter()
                    .any(|i| !i.is_null() && i.as_scalar().is_none_or(|s| !s.trim().is_empty())),
                // A blank text is BASS-L005's (SPEC §5): written, so not asked for again.
                Value::Scalar { .. } => true,
                _ => true,
            })
    });
    Some(Action {
        id,
        title,
        purpose,
        owner,
        owner_key,
        sites: sites.into_boxed_slice(),
        start,
        end,
        state,
        state_invalid,
        resources,
        principles,
        principles_misspelt: m.misspelt("principles"),
        sustainability,
        sustainability_misspelt: m.misspelt("sustainability"),
        milestones: milestones.into_boxed_slice(),
        success_criteria: success_criteria.into_boxed_slice(),
        process_goals: process_goals.into_boxed_slice(),
        indicators: indicators.into_boxed_slice(),
        seldom: Seldom {
            participants,
            state_reason,
            requires,
            centres,
            waivers,
        }
        .boxed(),
        written,
        loc,
        first_key,
    })
}
/// The sizes issue 20's peak memory rests on (a national repository holds tens of thousands
/// of actions and milestones, and a hundred thousand texts, reasons and references): making
/// one larger is a choice to make on purpose, with docs/benchmark.md's figures measured again.
#[cfg(all(test, target_pointer_width = "64"))]
mod sizes {
    use super::*;
    use crate::model::{Reason, Reasons, reference::Reference};
    use std::mem::size_of;

    #[test]
    fn the_model_keeps_its_size() {
        assert!(size_of::<Str>() <= 24);
        assert!(size_of::<Sp<Str>>() <= 40);
        assert!(size_of::<Option<Sp<Str>>>() <= 40);
        assert!(size_of::<Action>() <= 528, "{}", size_of::<Action>());
        assert!(size_of::<Milestone>() <= 80);
        assert!(size_of::<Reason<Principle>>() <= 56);
        assert!(size_of::<Option<Reasons<Perspective>>>() <= 32);
        assert!(size_of::<Reference>() <= 48);
    }
}
