//! "Did you mean": the nearest known word for a misspelt key, kind, id or value.
//!
//! Authors write Danish; keys are English. Besides edit distance, a table maps the Danish words
//! the guides use (`formål`, `milepæle`, `kerneteam`…) to their keys, so `formål:` suggests
//! `purpose`.

/// Danish (and a few English) words authors type for each key. A word is looked up among the
/// fields of the mapping it is written in, so the table is per kind and position: a word
/// names the target that is a field there (`rejst_af` is `raised_by` in an item for
/// discussion, `requested_by` in a decision request), and nothing where none is: inside an
/// action's `principles`, `populationsansvar` is the principle, not the specialty's
/// `population_responsibility`.
const SYNONYMS: &[(&str, &[&str])] = &[
    ("formål", &["purpose"]),
    ("formaal", &["purpose"]),
    ("milepæle", &["milestones"]),
    ("milepæl", &["milestones"]),
    ("ansvarlig", &["owner", "responsible"]),
    ("ejer", &["owner"]),
    ("specialeejer", &["owner"]),
    ("ansvarlig_for_fremdrift", &["responsible"]),
    ("succeskriterier", &["success_criteria"]),
    ("succeskriterie", &["success_criteria"]),
    ("procesmål", &["process_goals"]),
    ("indikatorer", &["indicators"]),
    ("indikatorer_for_fremdrift", &["indicators"]),
    ("ressourceforbrug", &["resources"]),
    ("forventet_ressourceforbrug", &["resources"]),
    ("ressourcer", &["resources"]),
    ("kerneteam", &["core_team"]),
    ("fokusområder", &["focus_areas"]),
    ("fokusområde", &["focus_area"]),
    ("indsatsområder", &["strategic_areas", "areas"]),
    ("strategiske_indsatsområder", &["strategic_areas", "areas"]),
    ("områder", &["areas"]),
    ("indsatsområde", &["strategic_area"]),
    ("strategisk_indsatsområde", &["strategic_area"]),
    ("forudsætninger", &["prerequisites"]),
    ("resultatmål", &["outcome_goals"]),
    ("aktører", &["actors"]),
    ("aktørlandskab", &["actors"]),
    ("involverede_aktører", &["actors"]),
    ("titel", &["title"]),
    ("overskrift", &["title"]),
    ("navn", &["name"]),
    ("beskrivelse", &["description"]),
    ("principper", &["principles"]),
    ("bass_principper", &["principles"]),
    ("bæredygtighed", &["sustainability"]),
    ("bæredygtighedsperspektiver", &["sustainability"]),
    ("perspektiver", &["perspectives", "sustainability"]),
    ("deltagere", &["participants"]),
    ("matrikler", &["sites"]),
    ("matrikel", &["site"]),
    ("slut", &["end"]),
    ("slutdato", &["end"]),
    ("startdato", &["start"]),
    ("tilstand", &["state"]),
    ("fase", &["phase"]),
    ("trafiklys", &["health"]),
    ("næste_skridt", &["next_steps"]),
    ("resumé", &["summary"]),
    ("opsummering", &["summary"]),
    ("sammenfatning", &["summary"]),
    ("handlinger", &["actions"]),
    ("speciale", &["specialty"]),
    ("implementeringsansvarlige", &["implementation_leads"]),
    ("implementeringsansvarlig", &["implementation_leads"]),
    ("styrkepositioner", &["strength_positions"]),
    ("kerneudfordringer", &["challenges"]),
    ("udfordringer", &["challenges"]),
    ("godkendt", &["approved"]),
    ("dato", &["as_of", "due"]),
    ("pr_dato", &["as_of"]),
    ("adresserer", &["addresses"]),
    ("undtagelser", &["waivers"]),
    ("begrundelse", &["reason"]),
    ("regel", &["rule"]),
    ("frist", &["due"]),
    ("deadline", &["due"]),
    ("færdig", &["done"]),
    ("gennemført", &["done"]),
    ("faggruppe", &["profession"]),
    ("klinisk", &["clinical"]),
    ("rolle", &["role"]),
    ("på_plads", &["in_place"]),
    ("ambition", &["statement"]),
    ("målsætning", &["statement"]),
    ("fund", &["findings"]),
    ("bemanding", &["staffing"]),
    ("stillinger", &["positions"]),
    ("vakancer", &["vacancies"]),
    ("ubesatte_stillinger", &["vacancies"]),
    ("tekst", &["text"]),
    ("sprog", &["language"]),
    ("regler", &["rules"]),
    ("indstillinger", &["settings"]),
    ("problemstilling", &["problem"]),
    ("problematik", &["problem"]),
    ("populationsansvar", &["population_responsibility"]),
    ("betjenes_fra", &["served_from"]),
    ("betjent_fra", &["served_from"]),
    ("hvordan", &["how"]),
    ("dilemmaer", &["dilemmas"]),
    ("valg", &["choice"]),
    ("til_drøftelse", &["for_discussion"]),
    ("drøftelse", &["for_discussion"]),
    ("emne", &["topic"]),
    ("rejst_af", &["raised_by", "requested_by"]),
    ("center", &["centre", "centres"]),
    ("centre", &["centres"]),
    ("centres", &["centre"]),
    ("tværgående_centre", &["centres"]),
    ("konceptejer", &["concept_owner"]),
    ("mødeinterval", &["meeting_interval_days"]),
    ("art", &["kind"]),
    ("type_dokument", &["kind"]),
    ("dokumenttype", &["kind"]),
];

fn normalise(s: &str) -> String {
    s.trim().to_lowercase().replace([' ', '-'], "_")
}

fn fold(s: &str) -> String {
    s.replace('æ', "ae").replace('ø', "oe").replace('å', "aa")
}

/// The declared field a misspelt or Danish key most likely means.
pub fn field(key: &str, fields: &[&'static str]) -> Option<&'static str> {
    let k = normalise(key);
    if let Some(&f) = fields.iter().find(|f| **f == k) {
        return Some(f);
    }
    for (word, targets) in SYNONYMS {
        if fold(word) == fold(&k)
            && let Some(t) = targets.iter().find(|t| fields.contains(t))
        {
            return fields.iter().copied().find(|f| f == t);
        }
    }
    nearest(&k, fields)
}

/// The two ways an author writes a word without (or with other) diacritics: `formål` is
/// `formaal` and `formal`, `stätus` is `status`.
fn skeletons(s: &str) -> [String; 2] {
    let mut double = String::new();
    let mut single = String::new();
    for c in s.chars() {
        let (d, one): (&str, &str) = match c {
            'æ' => ("ae", "ae"),
            'ø' | 'ö' => ("oe", "o"),
            'å' => ("aa", "a"),
            'ä' => ("ae", "a"),
            'á' | 'à' | 'â' => ("a", "a"),
            'é' | 'è' | 'ê' | 'ë' => ("e", "e"),
            'í' | 'ì' | 'î' | 'ï' => ("i", "i"),
            'ó' | 'ò' | 'ô' => ("o", "o"),
            'ú' | 'ù' | 'û' | 'ü' => ("u", "u"),
            _ => {
                double.push(c);
                single.push(c);
                continue;
            }
        };
        double.push_str(d);
        single.push_str(one);
    }
    [double, single]
}

/// True when two words are the same but for case, spaces or hyphens for underscores, and
/// missing or extra diacritics.
pub fn same_word(a: &str, b: &str) -> bool {
    let (a, b) = (skeletons(&normalise(a)), skeletons(&normalise(b)));
    a.iter().any(|x| b.contains(x))
}

/// The declared field a key certainly means, for a fix (SPEC §6 "Fixes"): the key is a field
/// but for case, spaces or diacritics, or a Danish synonym with exactly one of its targets
/// declared here. An edit-distance guess is never certain, so it is not returned.
pub fn exact_field(key: &str, fields: &[&'static str]) -> Option<&'static str> {
    let mut found: Vec<&'static str> = fields
        .iter()
        .copied()
        .filter(|f| same_word(key, f))
        .collect();
    for (word, targets) in SYNONYMS {
        if same_word(word, key) {
            found.extend(fields.iter().copied().filter(|f| targets.contains(f)));
        }
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// The nearest candidate by edit distance, when it is close enough to be a typo.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let w = fold(&word.trim().to_lowercase());
    let mut best: Option<(&'a str, f64)> = None;
    for &c in candidates {
        let score = strsim::jaro_winkler(&w, &fold(&c.to_lowercase()));
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.filter(|(_, s)| *s >= 0.85).map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_words_suggest_keys() {
        let fields = ["id", "purpose", "milestones", "owner"];
        assert_eq!(field("formål", &fields), Some("purpose"));
        assert_eq!(field("Milepæle", &fields), Some("milestones"));
        assert_eq!(field("ansvarlig", &fields), Some("owner"));
        assert_eq!(field("purpse", &fields), Some("purpose"));
        assert_eq!(field("zzz", &fields), None);
    }

    #[test]
    fn a_word_means_the_key_of_its_place() {
        let specialty = ["id", "sites", "core_team", "population_responsibility"];
        assert_eq!(
            exact_field("populationsansvar", &specialty),
            Some("population_responsibility")
        );
        // In an action there is no such key: the word is the principle, and stays
        // unsuggested here (the reader says it belongs under `principles:`).
        let action = ["id", "principles", "sustainability", "centres"];
        assert_eq!(field("populationsansvar", &action), None);
        assert_eq!(exact_field("center", &action), Some("centres"));
        assert_eq!(
            exact_field("center", &["id", "centre", "due"]),
            Some("centre")
        );
        assert_eq!(
            exact_field("rejst_af", &["topic", "raised_by"]),
            Some("raised_by")
        );
        assert_eq!(
            exact_field("Rejst af", &["id", "question", "requested_by"]),
            Some("requested_by")
        );
        assert_eq!(exact_field("gennemført", &["id", "done"]), Some("done"));
        assert_eq!(
            exact_field("konceptejer", &["name", "concept_owner"]),
            Some("concept_owner")
        );
        assert_eq!(
            exact_field("betjenes_fra", &["site", "served_from"]),
            Some("served_from")
        );
        assert_eq!(exact_field("dilemmaer", &["dilemmas"]), Some("dilemmas"));
        assert_eq!(exact_field("valg", &["title", "choice"]), Some("choice"));
        assert_eq!(
            exact_field("til drøftelse", &["for_discussion"]),
            Some("for_discussion")
        );
        assert_eq!(exact_field("emne", &["topic"]), Some("topic"));
    }

    #[test]
    fn exact_fields_are_certain() {
        let fields = [
            "id",
            "purpose",
            "milestones",
            "owner",
            "responsible",
            "start",
            "state",
        ];
        assert_eq!(exact_field("formål", &fields), Some("purpose"));
        assert_eq!(exact_field("formal", &fields), Some("purpose"));
        assert_eq!(exact_field("Formaal", &fields), Some("purpose"));
        assert_eq!(exact_field("Milepæle", &fields), Some("milestones"));
        assert_eq!(exact_field("Purpose", &fields), Some("purpose"));
        // Two targets: a guess.
        assert_eq!(exact_field("ansvarlig", &fields), None);
        assert_eq!(exact_field("ansvarlig", &["owner"]), Some("owner"));
        // Edit distance: a guess.
        assert_eq!(exact_field("purpse", &fields), None);
        assert_eq!(exact_field("stat", &fields), None);
        assert!(same_word("i gang", "i_gang"));
        assert!(same_word("Nærhed", "naerhed"));
    }
}
