//! Generates a large, valid ambition repository for benchmarks (issue #6).
//!
//! ```text
//! cargo run --release --example gen_repo -- OUT_DIR --specialties 20 --actions-per-specialty 1000
//! ```
//!
//! Options: `--actions-per-plan N` (default 25: actions per `kind: actions` file), `--seed N`.
//! OUT_DIR must not exist or be empty. The repository is deterministic for a seed, every rule
//! of SPEC §5 is satisfied, and `bass validate --today 2026-11-23` reports no errors, no
//! warnings and no infos. Texts are Danish, about 1.7 KB of YAML per action, so 20 × 1,000
//! actions make about 35 MB. Every principle and perspective reason is unique in the
//! programme (BASS-S003).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use chrono::{Days, NaiveDate};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// SplitMix64: small, deterministic, good enough for picking words.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

const SITES: &[(&str, &str)] = &[
    ("HOL", "Holbæk Sygehus"),
    ("KOE", "Sjællands Universitetshospital, Køge"),
    ("NYK", "Nykøbing F. Sygehus"),
    ("SLA", "Slagelse Sygehus"),
];

const SPECIALTIES: &[(&str, &str)] = &[
    ("kardiologi", "Kardiologi"),
    ("geriatri", "Geriatri"),
    ("ortopaedkirurgi", "Ortopædkirurgi"),
    ("lungemedicin", "Lungemedicin"),
    ("endokrinologi", "Endokrinologi"),
    ("gastroenterologi", "Medicinsk gastroenterologi"),
    ("neurologi", "Neurologi"),
    ("nefrologi", "Nefrologi"),
    ("infektionsmedicin", "Infektionsmedicin"),
    ("reumatologi", "Reumatologi"),
    ("haematologi", "Hæmatologi"),
    ("onkologi", "Klinisk onkologi"),
    ("urologi", "Urologi"),
    ("gynaekologi", "Gynækologi og obstetrik"),
    ("paediatri", "Pædiatri"),
    ("anaestesiologi", "Anæstesiologi"),
    ("akutmedicin", "Akutmedicin"),
    ("psykiatri", "Psykiatri"),
    ("oftalmologi", "Oftalmologi"),
    ("dermatologi", "Dermato-venerologi"),
    ("karkirurgi", "Karkirurgi"),
    ("radiologi", "Radiologi"),
    ("klinisk-biokemi", "Klinisk biokemi"),
    ("oere-naese-hals", "Øre-næse-halskirurgi"),
];

const FIRST: &[&str] = &[
    "Anders", "Birgitte", "Camilla", "Dorte", "Esben", "Frederik", "Grethe", "Hanne", "Ida",
    "Jens", "Karen", "Lars", "Mette", "Niels", "Ole", "Pia", "Rasmus", "Signe", "Søren", "Tove",
    "Ulla", "Vibeke", "Åse", "Mads", "Louise", "Helle", "Kasper", "Maja", "Jørgen", "Line",
];
const LAST: &[&str] = &[
    "Holm",
    "Møller",
    "Frost",
    "Dalgaard",
    "Kjær",
    "Skovgaard",
    "Winther",
    "Lund",
    "Brandt",
    "Thygesen",
    "Mortensen",
    "Vestergaard",
    "Lindholm",
    "Nørgaard",
    "Østergaard",
    "Bæk",
    "Jørgensen",
    "Sørensen",
    "Poulsen",
    "Krogh",
    "Friis",
    "Dahl",
    "Bech",
    "Kristensen",
];
const TITLES: &[&str] = &[
    "Overlæge",
    "Afdelingslæge",
    "Sygeplejerske",
    "Klinisk sygeplejespecialist",
    "Fysioterapeut",
    "Afdelingssygeplejerske",
    "Ledende overlæge",
    "Udviklingssygeplejerske",
    "Ergoterapeut",
];
const TOPICS: &[&str] = &[
    "hjertesvigt",
    "atrieflimren",
    "KOL",
    "diabetes",
    "apopleksi",
    "hoftenære frakturer",
    "sepsis",
    "akut nyresvigt",
    "delir hos ældre",
    "faldforebyggelse",
    "palliation",
    "smertebehandling",
    "ernæring",
    "tryksår",
    "medicingennemgang",
    "genoptræning",
    "lungebetændelse",
    "urinvejsinfektion",
    "blodpropper",
    "brystsmerter",
];
const VERBS: &[&str] = &[
    "Fælles regional retningslinje for",
    "Ensartet forløb for patienter med",
    "Tidlig opsporing og opfølgning ved",
    "Telemedicinsk opfølgning ved",
    "Sygeplejerskeledet ambulatorium for",
    "Fælles kompetenceprogram i",
    "Samling af specialiserede undersøgelser ved",
    "Tværsektorielt samarbejde om",
    "Fælles kvalitetsoverblik for",
    "Udgående funktion for patienter med",
];
const PLACES: &[&str] = &[
    "akutmodtagelsen",
    "sengeafsnittet",
    "ambulatoriet",
    "hjemmet",
    "almen praksis",
    "kommunens akutfunktion",
    "dagafsnittet",
    "det fælles videnscenter",
];
const GROUPS: &[&str] = &[
    "ældre medicinske patienter",
    "patienter med kroniske sygdomme",
    "borgere i yderområderne",
    "patienter med lange transporter",
    "de mest sårbare patienter",
    "ældre borgere",
    "patienter i eget hjem",
    "patienter fra Lolland-Falster og Odsherred",
];

/// Parts of a reason, per principle or perspective, so that every reason reads differently.
const REASONS: &[(&str, &[&str], &[&str])] = &[
    (
        "naerhed",
        &[
            "Behandlingen rykker tættere på patienten, fordi",
            "Patienten sparer transport, når",
            "Opfølgningen sker i nærmiljøet, idet",
        ],
        &[
            "kontrollen kan gennemføres lokalt uden overflytning",
            "sygeplejersken på den nærmeste matrikel overtager opgaven",
            "video og hjemmemonitorering erstatter fremmøde",
        ],
    ),
    (
        "populationsansvar",
        &[
            "Hele regionens befolkning får samme tilbud, da",
            "Uligheden mellem områderne mindskes, fordi",
            "Specialet tager fælles ansvar, når",
        ],
        &[
            "kriterierne er ens på alle fire matrikler",
            "ventetiden følges og udjævnes på tværs af regionen",
            "kapaciteten fordeles efter behov og ikke efter adresse",
        ],
    ),
    (
        "styrkeposition",
        &[
            "De specialiserede funktioner samles, så",
            "Styrkepositionerne bygger stærke miljøer, fordi",
            "Volumen samles ét sted, hvilket betyder at",
        ],
        &[
            "kompetencerne vedligeholdes med tilstrækkelig volumen",
            "de mindre matrikler får sparring fra et stærkt fagligt miljø",
            "uddannelsen af nye speciallæger styrkes",
        ],
    ),
    (
        "faglig",
        &[
            "Kvaliteten løftes, fordi",
            "Den faglige bæredygtighed styrkes, da",
            "Fagligt giver handlingen et ensartet grundlag, når",
        ],
        &[
            "resultaterne kan sammenlignes mellem matriklerne",
            "behandlingen følger samme evidensbaserede standard overalt",
            "klinikerne lærer af hinanden i et fælles netværk",
        ],
    ),
    (
        "personalemaessig",
        &[
            "Arbejdsmiljøet bliver mere stabilt, fordi",
            "Personalet oplever mindre pres, når",
            "Rekrutteringen bliver lettere, da",
        ],
        &[
            "vagtbyrden deles mellem flere kolleger",
            "rollerne er tydelige og opgaverne planlægges i god tid",
            "der skabes faglige karriereveje på tværs af matriklerne",
        ],
    ),
    (
        "organisatorisk",
        &[
            "Organisatorisk udnyttes ressourcerne bedre, fordi",
            "Strukturen bliver mere sammenhængende, når",
            "Adgangen bliver mere lige, da",
        ],
        &[
            "dobbeltarbejdet mellem afdelingerne forsvinder",
            "forløbet lægges ind i eksisterende ambulatorier",
            "samme henvisningsvej gælder for hele regionen",
        ],
    ),
];

/// What to generate.
pub struct Opts {
    /// The folder to write into.
    pub out: PathBuf,
    /// How many specialties.
    pub specialties: usize,
    /// Actions per specialty.
    pub actions: usize,
    /// Actions per `kind: actions` file.
    pub per_plan: usize,
    /// The seed: the same seed gives the same repository.
    pub seed: u64,
}

fn parse_args() -> Result<Opts, String> {
    let mut args = std::env::args().skip(1);
    let mut out = None;
    let mut o = Opts {
        out: PathBuf::new(),
        specialties: 2,
        actions: 250,
        per_plan: 25,
        seed: 1,
    };
    while let Some(a) = args.next() {
        let mut num = |name: &str| -> Result<usize, String> {
            args.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a number"))
        };
        match a.as_str() {
            "--specialties" => o.specialties = num("--specialties")?.max(1),
            "--actions-per-specialty" => o.actions = num("--actions-per-specialty")?.max(1),
            "--actions-per-plan" => o.per_plan = num("--actions-per-plan")?.max(1),
            "--seed" => o.seed = num("--seed")? as u64,
            "-h" | "--help" => {
                return Err("usage: gen_repo OUT_DIR [--specialties N] [--actions-per-specialty M] [--actions-per-plan K] [--seed S]".into());
            }
            _ if out.is_none() && !a.starts_with('-') => out = Some(PathBuf::from(a)),
            _ => return Err(format!("unknown argument `{a}`")),
        }
    }
    o.out = out.ok_or("OUT_DIR is required")?;
    Ok(o)
}

fn main() {
    let o = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if o.out.exists()
        && std::fs::read_dir(&o.out)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        eprintln!("{} exists and is not empty", o.out.display());
        std::process::exit(2);
    }
    let (files, bytes) = generate(&o);
    println!(
        "{}: {} specialties, {} actions, {} files, {:.1} MB",
        o.out.display(),
        o.specialties,
        o.specialties * o.actions,
        files,
        bytes as f64 / 1e6
    );
}

/// Writes the repository into `o.out`; returns how many files and bytes. Also used by
/// tests/cross_format.rs (`#[path]`), which checks every report format against JSON on it.
pub fn generate(o: &Opts) -> (usize, usize) {
    let mut bytes = 0usize;
    let mut files = 0usize;
    let mut write = |rel: &str, text: &str| {
        let p = o.out.join(rel);
        std::fs::create_dir_all(p.parent().unwrap_or(Path::new("."))).expect("create folder");
        std::fs::write(&p, text).expect("write file");
        bytes += text.len();
        files += 1;
    };
    write("bass.yaml", &program());
    let mut rng = Rng(o.seed);
    for s in 0..o.specialties {
        let (id, name) = specialty_name(s);
        for (rel, text) in specialty(&mut rng, &id, &name, o.actions, o.per_plan) {
            write(&format!("{id}/{rel}"), &text);
        }
    }
    (files, bytes)
}

fn specialty_name(i: usize) -> (String, String) {
    let (id, name) = SPECIALTIES[i % SPECIALTIES.len()];
    match i / SPECIALTIES.len() {
        0 => (id.to_owned(), name.to_owned()),
        n => (format!("{id}-{}", n + 1), format!("{name} {}", n + 1)),
    }
}

fn program() -> String {
    let mut s = String::from(
        "# Genereret af examples/gen_repo.rs til ydelsesmålinger.\nkind: program\nname: Bæredygtige akutsygehuse og specialer\nregion: Region Sjælland\nlanguage: da\nsites:\n",
    );
    for (id, name) in SITES {
        let _ = writeln!(s, "  - id: {id}\n    name: {name}");
    }
    s.push_str("settings:\n  min_rationale_words: 8\n  stale_status_days: 90\n");
    s
}

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

/// A folded block scalar at `indent`, wrapped at about 80 columns.
fn folded(out: &mut String, indent: usize, key: &str, text: &str) {
    let pad = " ".repeat(indent);
    let _ = writeln!(out, "{pad}{key}: >-");
    let mut line = String::new();
    for w in text.split(' ') {
        if !line.is_empty() && line.chars().count() + w.chars().count() + indent + 3 > 86 {
            let _ = writeln!(out, "{pad}  {line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    let _ = writeln!(out, "{pad}  {line}");
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn specialty(
    rng: &mut Rng,
    id: &str,
    name: &str,
    n_actions: usize,
    per_plan: usize,
) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let plans = n_actions.div_ceil(per_plan);
    let areas = plans.clamp(1, 3);
    let head = |kind: &str| format!("kind: {kind}\nspecialty: {id}\n");
    let lname = name.to_lowercase();

    // Specialty: two clinical members of different professions from every site.
    let mut s = format!(
        "# {name}: ejer, implementeringsansvarlige og kerneteam.\nkind: specialty\nid: {id}\nname: {name}\n"
    );
    let _ = writeln!(
        s,
        "owner: {{name: {}, title: Vicedirektør, site: KOE}}",
        person(rng)
    );
    s.push_str("implementation_leads:\n");
    let lead = person(rng);
    let _ = writeln!(s, "  - {{name: {lead}, title: Cheflæge, site: SLA}}");
    let _ = writeln!(
        s,
        "  - {{name: {}, title: Chefsygeplejerske, site: KOE}}",
        person(rng)
    );
    s.push_str("sites: [HOL, KOE, NYK, SLA]\nstrength_positions: [KOE, SLA]\ncore_team:\n");
    for (site, _) in SITES {
        for prof in ["læge", "sygeplejerske"] {
            let _ = writeln!(
                s,
                "  - {{name: {}, profession: {prof}, site: {site}}}",
                person(rng)
            );
        }
    }
    files.push(("speciale.yaml".to_owned(), s));

    // Situation.
    let mut s = format!("{}as_of: 2024-10-01\n", head("situation"));
    folded(
        &mut s,
        0,
        "summary",
        &format!(
            "{name} varetages i dag på alle fire akutsygehuse. Patientgruppen bliver ældre og har flere kroniske sygdomme, og der er svært ved at besætte stillinger på de mindre matrikler, mens behandlingen følger forskellige lokale instrukser."
        ),
    );
    s.push_str("staffing:\n");
    for (site, _) in SITES {
        let _ = writeln!(
            s,
            "  - {{site: {site}, profession: læge, positions: {}, vacancies: {}}}",
            rng.range(6, 20),
            rng.range(0, 4)
        );
    }
    s.push_str("findings:\n");
    for (p, text) in [
        (
            "faglig",
            "Behandlingen følger fire forskellige lokale instrukser, og resultaterne varierer mærkbart mellem matriklerne.",
        ),
        (
            "personalemaessig",
            "Vagtbyrden på de mindre matrikler er markant højere, og flere stillinger har været ubesatte i over et år.",
        ),
        (
            "organisatorisk",
            "Patienter fra yderområderne har lang transporttid til ambulante kontroller, som kunne ske tættere på hjemmet.",
        ),
    ] {
        let _ = writeln!(s, "  - perspective: {p}");
        folded(&mut s, 4, "text", text);
    }
    files.push(("situationsbillede.yaml".to_owned(), s));

    // Challenges: four, each seen from all three perspectives.
    let mut s = format!("{}challenges:\n", head("challenges"));
    for k in 1..=4 {
        let topic = rng.pick(TOPICS);
        let _ = writeln!(
            s,
            "  - id: K{k}\n    title: Uens forløb og lange transporter for patienter med {topic}"
        );
        folded(
            &mut s,
            4,
            "description",
            &format!(
                "Patienter med {topic} behandles forskelligt fra matrikel til matrikel, og mange genindlægges inden for en måned efter udskrivelsen."
            ),
        );
        s.push_str("    perspectives:\n");
        folded(
            &mut s,
            6,
            "faglig",
            "Små faglige miljøer gør det svært at vedligeholde kompetencer og følge op på resultaterne.",
        );
        folded(
            &mut s,
            6,
            "personalemaessig",
            "Den høje vagtbelastning slider på personalet og gør stillingerne mindre attraktive.",
        );
        folded(
            &mut s,
            6,
            "organisatorisk",
            "Lange transporter og dobbeltarbejde belaster både patienterne og regionens budget.",
        );
    }
    files.push(("kerneudfordringer.yaml".to_owned(), s));

    // Ambition: approved, every challenge addressed by some area.
    let mut s = head("ambition");
    folded(
        &mut s,
        0,
        "statement",
        &format!(
            "{name} i Region Sjælland tager fælles populationsansvar for alle regionens patienter. Specialiserede funktioner samles i styrkepositioner i Køge og Slagelse, mens opfølgningen sker så tæt på patienten som muligt."
        ),
    );
    s.push_str("approved: 2025-03-11\nprerequisites:\n  - id: P1\n");
    folded(
        &mut s,
        4,
        "text",
        "Beslutning i programstyregruppen om at samle de specialiserede funktioner i styrkepositionerne.",
    );
    s.push_str("    type: decision\n    in_place: true\nstrategic_areas:\n");
    for a in 1..=areas {
        let addresses: Vec<String> = (1..=4)
            .filter(|k| (k - 1) % areas == a - 1)
            .map(|k| format!("K{k}"))
            .collect();
        let _ = writeln!(
            s,
            "  - id: SI{a}\n    title: Stærke faglige fællesskaber og nære forløb, område {a}\n    addresses: [{}]",
            addresses.join(", ")
        );
    }
    files.push(("strategisk-ambition.yaml".to_owned(), s));

    // Focus areas: plan p belongs to area (p % areas) + 1.
    let mut focus: Vec<Vec<String>> = vec![Vec::new(); areas];
    for p in 0..plans {
        let a = p % areas;
        let fo = format!("FO{}.{}", a + 1, focus[a].len() + 1);
        focus[a].push(fo);
    }
    for (a, fos) in focus.iter().enumerate() {
        let mut s = format!("{}strategic_area: SI{}\n", head("framework"), a + 1);
        folded(
            &mut s,
            0,
            "purpose",
            &format!(
                "At sikre, at alle patienter i {lname} får samme høje kvalitet, uanset hvilken matrikel de møder, og at de specialiserede funktioner samles i stærke faglige miljøer."
            ),
        );
        s.push_str("outcome_goals:\n  - Én fælles regional retningslinje, som bruges på alle fire matrikler.\n  - Mindst 80 procent af patienterne følger det fælles forløb.\n");
        s.push_str("actors:\n  - {name: Almen praksis, role: Følger op efter udskrivelsen}\n  - {name: Kommunerne, role: Varetager rehabilitering og pleje i hjemmet}\nfocus_areas:\n");
        for fo in fos {
            let _ = writeln!(
                s,
                "  - {{id: {fo}, title: Fælles forløb og kompetencer i {fo}}}"
            );
        }
        files.push((format!("rammer-SI{}.yaml", a + 1), s));
    }

    // Action plans.
    let mut next = 1;
    for p in 0..plans {
        let a = p % areas;
        let fo = &focus[a][p / areas];
        let count = per_plan.min(n_actions - p * per_plan);
        let mut s = format!(
            "# Konkretisering af handlinger for {fo}.\n{}focus_area: {fo}\nactions:\n",
            head("actions")
        );
        for _ in 0..count {
            action(&mut s, rng, name, next, &lead);
            next += 1;
        }
        files.push((format!("handlinger-{fo}.yaml"), s));
    }

    // Status: an older one and the current one (39 days before 2026-11-23).
    for (as_of, phase) in [
        ("2026-05-01", "concretising"),
        ("2026-10-15", "implementing"),
    ] {
        let mut s = format!("{}as_of: {as_of}\nareas:\n", head("status"));
        for a in 1..=areas {
            let _ = writeln!(
                s,
                "  - strategic_area: SI{a}\n    phase: {phase}\n    health: {}\n    responsible: {{name: {}, title: Cheflæge}}\n    actors: [Almen praksis, Kommunerne]\n    sites: [HOL, KOE, NYK, SLA]",
                ["green", "yellow"][rng.below(2)],
                person(rng)
            );
            folded(
                &mut s,
                4,
                "summary",
                "Arbejdsgrupperne er nedsat, og de første fælles forløb er i drift på to matrikler.",
            );
            folded(
                &mut s,
                4,
                "next_steps",
                "Udrulle forløbene på de øvrige matrikler og følge op på indikatorerne.",
            );
        }
        files.push((format!("status-{as_of}.yaml"), s));
    }
    files
}

fn action(s: &mut String, rng: &mut Rng, spec: &str, n: usize, lead: &str) {
    let topic = rng.pick(TOPICS);
    let place = rng.pick(PLACES);
    let group = rng.pick(GROUPS);
    let site = SITES[rng.below(4)].0;
    let _ = writeln!(s, "  - id: H{n}\n    title: {} {topic}", rng.pick(VERBS));
    folded(
        s,
        4,
        "purpose",
        &format!(
            "At give {group} med {topic} et ensartet forløb med opfølgning i {place}, ens på alle matrikler."
        ),
    );
    // The implementation lead owns every action, so each is developed with the specialty's
    // leadership (BASS-G005). The name drawn before is still drawn, so every other value,
    // and the size of the repository, stay what they were.
    let _ = person(rng);
    let _ = writeln!(
        s,
        "    owner: {{name: {lead}, title: {}, site: {site}}}",
        rng.pick(TITLES)
    );
    if n.is_multiple_of(2) {
        let _ = writeln!(
            s,
            "    participants:\n      - {{name: {}, title: {}, site: {}}}",
            person(rng),
            rng.pick(TITLES),
            SITES[rng.below(4)].0
        );
    }
    s.push_str("    sites: [HOL, KOE, NYK, SLA]\n");

    // Dates that satisfy T001–T005 for today = 2026-11-23.
    let today = day(2026, 11, 23);
    let (state, start, end) = match rng.below(20) {
        0..=5 => {
            let start = day(2024, 3, 1) + Days::new(rng.range(0, 400));
            ("done", start, start + Days::new(rng.range(200, 500)))
        }
        6..=14 => {
            let start = day(2025, 1, 1) + Days::new(rng.range(0, 500));
            (
                "active",
                start,
                day(2027, 1, 1) + Days::new(rng.range(0, 600)),
            )
        }
        15..=18 => {
            let start = day(2027, 1, 1) + Days::new(rng.range(0, 180));
            ("planned", start, start + Days::new(rng.range(300, 700)))
        }
        _ => {
            let start = day(2025, 6, 1) + Days::new(rng.range(0, 200));
            ("paused", start, day(2027, 6, 1))
        }
    };
    let _ = writeln!(
        s,
        "    start: {}\n    end: {}\n    state: {state}",
        date(start),
        date(end)
    );
    if state == "paused" {
        // SPEC v2 asks why (BASS-C008).
        let _ = writeln!(
            s,
            "    state_reason: Sat på pause, indtil ressourcerne til H{n} er afklaret med {spec}."
        );
    }
    let _ = writeln!(
        s,
        "    resources: {} timer om måneden fra en overlæge og en sygeplejerske.",
        rng.range(4, 20)
    );

    // Reasons: the action number and specialty make each one unique in the programme.
    let reason = |s: &mut String, rng: &mut Rng, idx: usize| {
        let (key, openers, closers) = REASONS[idx];
        let text = format!(
            "{} {} ved {topic} (H{n}, {spec}).",
            rng.pick(openers),
            rng.pick(closers)
        );
        folded(s, 6, key, &text);
    };
    s.push_str("    principles:\n");
    let first = rng.below(3);
    reason(s, rng, first);
    let second = (first + 1 + rng.below(2)) % 3;
    reason(s, rng, second);
    s.push_str("    sustainability:\n");
    for i in 3..6 {
        reason(s, rng, i);
    }

    // Milestones spread over [start, end]; done where due before today (all when done).
    s.push_str("    milestones:\n");
    let span = (end - start).num_days().max(3) as u64;
    for (i, what) in [
        "Arbejdsgruppe nedsat",
        "Forløbet i pilotdrift",
        "Evaluering afsluttet",
    ]
    .iter()
    .enumerate()
    {
        let due = start + Days::new(span * (i as u64 + 1) / 3);
        let done = match state {
            "done" => Some(due),
            "active" | "paused" if due < today => Some(due),
            _ => None,
        };
        let done = done.map_or(String::new(), |d| format!(", done: {}", date(d)));
        let _ = writeln!(s, "      - {{title: {what}, due: {}{done}}}", date(due));
    }
    let _ = writeln!(
        s,
        "    success_criteria:\n      - Mindst 85 procent af patienterne følger det fælles forløb."
    );
    let _ = writeln!(
        s,
        "    process_goals:\n      - Alle matrikler deltager i hvert møde i arbejdsgruppen."
    );
    let _ = writeln!(
        s,
        "    indicators:\n      - Andel af patienter med {topic}, der følges op i {place}."
    );
}
