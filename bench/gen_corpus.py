#!/usr/bin/env python3
"""Write a synthetic handbook of N pages in the handbook's own format, for benchmarks.

    python3 bench/gen_corpus.py --pages 1000 --out bench-out/corpus-1000 \\
        --templates templates [--seed 1] [--format plain|hugo]

OUT (which must not exist, or be empty) gets:

  handbook.yml              title, base_url https://example.org/, reading_grade_limit 99,
                            search_index_budget 10 KB a page
  templates/                a copy of --templates (the repository's real templates)
  content/SUMMARY.md        home, one part per 100 pages (part index, its pages nested
                            under it, some two levels deep), glossary, sources
  content/index.md          the home page
  content/part-NN/index.md  a part's overview page, linking to its pages
  content/part-NN/page-NNNNN.md   the N pages, page-00001 to page-N
  content/glossary/index.md the glossary page; content/glossary/<slug>.md: 62 terms
  content/sources.md        the sources page
  content/about.md          the about page (the templates' footer links to /about/)
  seeds/<key>.md            20 source records

Every page has front matter (title, description, reviewed) and about 1,100 words (about
8 KB) of Markdown: 4-12 `##` sections, some with `###` subsections, lists (some numbered,
some task lists), a table on every third page, emphasis, strong, strikethrough, code,
callouts, footnotes on every fifth page, autolinks (`<https://...>` and bare), relative
links to other pages with anchors that resolve by GitHub's slug rules (punctuation,
repeated headings), same-page anchor links, links to glossary term files, about 36 uses of
glossary terms (capitalised, plural aliases, hyphen or space, in headings, link text and
code, where they must not be linked) and 3-6 `[@key]` citations, some with locators.
Every page cites a source and every term and source is used, so `handbook check` on the
corpus should report no errors and no warnings.

--format hugo also writes OUT/hugo/: a minimal Hugo site (config.toml with RSS, sitemap,
robots.txt and taxonomies off; layouts/_default/single.html and list.html, 404.html) over
the same pages. `index.md` becomes `_index.md` there (Hugo's section pages); SUMMARY.md, the
glossary term files and seeds/ are left out, since they are not pages. Hugo renders the
citations as plain text and does no glossary linking: it does less work than handbook.

Deterministic: the same arguments give byte-identical files. Prints one summary line.
Python 3.8+, standard library only.
"""

import argparse
import datetime
import os
import random
import shutil
import sys
import unicodedata

PAGES_PER_PART = 100
WRAP = 100

# ---------------------------------------------------------------------------
# Glossary: (term, aliases, definition). No two phrases may normalise alike.
# ---------------------------------------------------------------------------

TERMS = [
    ("secure attachment", [], "A bond in which a child trusts that a carer will come when needed."),
    ("secure base", ["secure bases"], "A trusted carer a child returns to for comfort before exploring again."),
    ("safe haven", ["safe havens"], "The person a frightened child runs to for comfort."),
    ("attunement", ["attuned"], "Noticing what a baby feels and answering in a way that fits."),
    ("co-regulation", ["coregulation"], "Calming down together, with the adult lending the child their calm."),
    ("self-regulation", [], "A child's growing skill at managing feelings without help."),
    ("self-soothing", [], "The ways a baby calms itself, such as sucking a thumb."),
    ("rupture and repair", ["repair cycle"], "A missed moment followed by making up and reconnecting."),
    ("serve and return", [], "A back-and-forth exchange where a carer answers a baby's sounds or looks."),
    ("cue", ["cues"], "A sound, look or movement by which a baby shows what it needs."),
    ("engagement cue", ["engagement cues"], "A sign that a baby wants to play or interact, such as a bright look."),
    ("disengagement cue", ["disengagement cues"], "A sign that a baby needs a break, such as turning away."),
    ("quiet alert state", [], "A calm, wide-eyed state in which a baby takes in the world."),
    ("overstimulation", ["overstimulated"], "Too much noise, light or handling for a baby to take in."),
    ("temperament", [], "The style a child is born with, such as easy-going or cautious."),
    ("separation anxiety", [], "Distress when a carer leaves, common from about eight months."),
    ("stranger wariness", ["stranger anxiety"], "Caution with unfamiliar people, a normal stage of growth."),
    ("object permanence", [], "Knowing that things still exist when they are out of sight."),
    ("joint attention", [], "Looking at the same thing together and knowing you share it."),
    ("mirroring", [], "Copying a baby's face and sounds so the baby feels seen."),
    ("narrating", ["narration"], "Talking through what you and your baby are doing as it happens."),
    ("skin-to-skin contact", ["skin-to-skin", "kangaroo care"], "Holding a baby in a nappy against your bare chest."),
    ("infant massage", [], "Gentle, rhythmic stroking of a baby's body to soothe and connect."),
    ("responsive feeding", [], "Feeding in answer to a baby's hunger and fullness signs."),
    ("paced bottle feeding", ["paced feeding"], "Bottle feeding slowly, with pauses, so the baby leads."),
    ("sleep cue", ["sleep cues", "tired signs"], "A sign a baby is getting tired, such as rubbing the eyes."),
    ("growth spurt", ["growth spurts"], "A short period of fast growth when a baby feeds more."),
    ("teething", [], "The months when the first teeth push through the gums."),
    ("developmental milestone", ["developmental milestones", "milestone", "milestones"],
     "A skill most children learn around a certain age, such as sitting up."),
    ("tummy time", [], "Time a baby spends awake on its front, watched by an adult."),
    ("primary caregiver", ["primary caregivers", "main carer"], "The person who looks after a child most of the time."),
    ("attachment figure", ["attachment figures"], "Someone a child turns to for safety and comfort."),
    ("attachment bond", ["attachment bonds"], "The emotional tie between a child and a carer."),
    ("internal working model", ["working model"], "A child's inner picture of how people will treat them."),
    ("sensitive responsiveness", ["sensitive responding"], "Answering a child's signals promptly and warmly."),
    ("mind-mindedness", [], "Treating a baby as a person with thoughts and feelings of its own."),
    ("emotion coaching", [], "Helping a child name a feeling and find a way through it."),
    ("transitional object", ["transitional objects", "comfort object", "comfort objects"],
     "A soft toy or blanket a child uses for comfort when apart from a carer."),
    ("daily routine", ["daily routines"], "The usual order of the day's meals, naps and play."),
    ("predictability", [], "Knowing what comes next, which helps a child feel safe."),
    ("resilience", [], "The ability to recover after something hard happens."),
    ("self-esteem", [], "How a child values and feels about themselves."),
    ("postnatal depression", ["postpartum depression"], "Depression in the year after a baby is born."),
    ("baby blues", [], "Tearfulness in the first days after birth that passes within two weeks."),
    ("health visitor", ["health visitors"], "A nurse who supports families with young children at home."),
    ("pediatrician", ["paediatrician", "pediatricians"], "A doctor who cares for babies and children."),
    ("early intervention", [], "Help given early, when a problem first shows."),
    ("window of tolerance", [], "The range of feeling in which a person can think and cope."),
    ("toxic stress", [], "Strong, long-lasting stress without a caring adult to buffer it."),
    ("tolerable stress", [], "Serious stress made bearable by a supportive adult."),
    ("protective factor", ["protective factors"], "Something that makes a good outcome more likely."),
    ("play-based learning", [], "Learning that happens through play chosen by the child."),
    ("free play", [], "Play the child leads, without a set goal."),
    ("shared reading", ["reading aloud"], "Reading a book together and talking about the pictures."),
    ("parentese", ["infant-directed speech"], "The sing-song, slow way adults naturally talk to babies."),
    ("turn-taking", ["taking turns"], "Going back and forth in play or talk, one after the other."),
    ("limit setting", ["setting limits"], "Telling a child kindly and clearly what is not allowed."),
    ("time-in", [], "Staying close to an upset child instead of sending them away."),
    ("big feelings", [], "Strong emotions a young child cannot yet manage alone."),
    ("co-sleeping", ["bed-sharing"], "Sleeping in the same bed or room as a baby."),
    ("safe sleep", [], "Putting a baby to sleep on its back in a clear, flat cot."),
    ("sense of security", [], "A child's feeling that the world and its people can be trusted."),
]


def term_slug(term):
    out = []
    for ch in term.lower():
        out.append(ch if ch.isalnum() else "-")
    return "-".join(part for part in "".join(out).split("-") if part)


# ---------------------------------------------------------------------------
# Sources: key -> front matter lines (without the --- fences) and notes.
# ---------------------------------------------------------------------------

SEEDS = [
    ("harrow-2019", ['title: "Small Moments, Strong Bonds"', "authors: [Elin Harrow]", "published: 2019",
                     "publisher: Northfield Press", "kind: book"]),
    ("lindqvist-okafor-2021", ['title: "Responsive Care in the First Year: A Review"',
                               "authors: [Maja Lindqvist, Chidi Okafor]", "published: 2021-04-12",
                               "doi: 10.5555/synthetic.2021.014", "kind: paper"]),
    ("family-hub-2022", ['title: "Bonding With Your Baby"', "organisation: Family Hub Network",
                         "updated: 2022-09-30", "url: https://example.org/family-hub/bonding", "kind: leaflet"]),
    ("parent-line-2020", ['title: "Reading Your Baby\'s Signals"', "organisation: Parent Line",
                          "published: 2020", "url: https://example.org/parent-line/signals", "kind: web page"]),
    ("moreau-2018", ['title: "Play and the Growing Brain"', "authors: [Camille Moreau]", "published: 2018",
                     "publisher: Rivergate", "kind: book"]),
    ("tanaka-2017", ['title: "Joint Attention at Nine Months"', "authors: [Hiro Tanaka]", "published: 2017-02-01",
                     "doi: 10.5555/synthetic.2017.203", "kind: paper"]),
    ("sleep-trust-2023", ['title: "Safe Sleep for Babies"', "organisation: The Sleep Trust",
                          "updated: 2023-05-02", "url: https://example.org/sleep-trust/safe-sleep", "kind: guide"]),
    ("nhs-style-2021", ['title: "Your Baby\'s First Weeks"', "anonymous: true", "published: 2021",
                        "kind: leaflet"]),
    ("obi-2020", ['title: "Fathers and Early Bonding"', "authors: [Ada Obi]", "published: 2020-11-20",
                  "url: https://example.org/journals/obi-2020", "kind: article", "cites: [harrow-2019]"]),
    ("kestrel-2016", ['title: "Stress, Care and the Young Child"', "authors: [Ruth Kestrel, Tomas Vey]",
                      "published: 2016", "doi: 10.5555/synthetic.2016.77", "kind: paper"]),
    ("little-steps-2024", ['title: "Little Steps: Milestones From Birth to Three"', "organisation: Little Steps",
                           "updated: 2024-01-15", "url: https://example.org/little-steps/milestones",
                           "kind: guide"]),
    ("castell-2015", ['title: "The Secure Base in Everyday Life"', "authors: [Iona Castell]", "published: 2015",
                      "publisher: Harbour Books", "kind: book", "cites: [kestrel-2016]"]),
    ("feeding-forum-2022", ['title: "Responsive Feeding: Questions and Answers"', "organisation: Feeding Forum",
                            "published: 2022", "url: https://example.org/feeding-forum/qa", "kind: web page"]),
    ("ramos-2019", ['title: "Talking With Babies"', "authors: [Lucia Ramos]", "published: 2019-06-03",
                    "url: https://example.org/articles/talking-with-babies", "kind: article"]),
    ("wellbeing-unit-2018", ['title: "Looking After Yourself as a New Parent"', "organisation: Wellbeing Unit",
                             "published: 2018", "publisher: Wellbeing Unit", "kind: leaflet"]),
    ("adeyemi-2022", ['title: "Repairing Missed Moments"', "authors: [Tunde Adeyemi]", "published: 2022",
                      "doi: 10.5555/synthetic.2022.301", "kind: paper",
                      "cites: [lindqvist-okafor-2021, castell-2015]"]),
    ("book-start-2020", ['title: "Sharing Books From Birth"', "organisation: Book Start",
                         "updated: 2020-03-01", "url: https://example.org/book-start", "kind: guide"]),
    ("pellegrini-2014", ['title: "Routines and Predictability"', "authors: [Sara Pellegrini]", "published: 2014",
                         "publisher: Alder House", "kind: book"]),
    ("clinic-notes-2023", ['title: "When to Ask for Help"', "anonymous: true", "updated: 2023-10-10",
                           "url: https://example.org/clinic/when-to-ask", "kind: web page"]),
    ("vance-2021", ['title: "Temperament and Parenting"', "authors: [Noor Vance]", "published: 2021-08-08",
                    "url: https://example.org/journals/vance-2021", "kind: article", "cites: [moreau-2018]"]),
]

LOCATORS = ["p. 12", "p. 4", "pp. 30-31", "p. 88", '"Myths and facts"', '"Getting started"', "ch. 3",
            '"When to ask for help"', "p. 7", '"Sleep"']

# ---------------------------------------------------------------------------
# Prose vocabulary
# ---------------------------------------------------------------------------

SUBJECTS = ["your baby", "a toddler", "many parents", "a tired carer", "your partner", "a grandparent",
            "every child", "the youngest babies", "an older sibling", "a new parent", "your little one",
            "a childminder", "most families", "a curious toddler", "a sleepy newborn", "young children"]
PLURAL_SUBJECTS = {"many parents", "the youngest babies", "most families", "young children"}
VERBS = ["notices", "learns from", "looks for", "enjoys", "needs", "responds to", "remembers",
         "settles with", "reaches for", "smiles at", "listens to", "copes with", "watches",
         "comes back to", "relies on", "hopes for"]
OBJECTS = ["a calm, reassuring voice", "gentle, unhurried touch", "a predictable evening routine",
           "small moments of shared play", "your familiar, smiling face", "a warm bath before bedtime",
           "a favourite lullaby", "a quiet, comfortable corner", "the same well-loved bedtime story",
           "a slow walk around the neighbourhood", "a soft, familiar blanket", "your undivided attention",
           "a simple peekaboo game", "a short, comfortable pause", "a patient, encouraging answer",
           "the steady sound of your heartbeat", "a long cuddle on the sofa", "an open, welcoming hand",
           "a shared joke at breakfast", "the comforting rhythm of the day"]
TAILS = ["throughout the first year", "after a long and tiring day", "when the house is finally quiet",
         "at bedtime", "during bath time", "on a busy weekday morning", "at the playground",
         "while you prepare dinner", "during long car journeys", "before an afternoon nap",
         "after a feed", "on a rainy afternoon indoors", "when unfamiliar visitors arrive",
         "at the end of a demanding week", "in the middle of the night", "while you wait at the clinic",
         "over many months", "from the very beginning", "whenever things feel rushed",
         "as the seasons change"]
ADVERBS = ["often", "usually", "sometimes", "gradually", "quietly", "gently", "patiently",
           "consistently", "thoughtfully", "naturally"]
HELPS = ["helps", "allows {x} to", "lets", "encourages {x} to", "teaches {x} to", "helps {x} to"]
INFINITIVES = ["feel safe and understood", "settle more easily", "explore a little further",
               "trust you more deeply", "try again with confidence", "rest comfortably", "join in",
               "calm down", "discover something new", "recover after a fright"]
OPENERS = ["In practice,", "Over time,", "On hard days,", "For many families,", "Little by little,",
           "Most of the time,", "Later on,", "Even so,", "At first,", "Day by day,"]

TOPICS = ["Bath time", "Night feeds", "Starting nursery", "The first smile", "Car journeys",
          "Visiting grandparents", "Teething nights", "Toddler tantrums", "Going back to work",
          "Crawling and climbing", "Nappy changes", "Mealtimes", "Sharing books", "Outdoor walks",
          "Rainy days", "A new sibling", "Moving house", "Doctor visits", "Saying goodbye at the door",
          "Naps", "Early mornings", "Bedtime stories", "Singing together", "Busy supermarkets",
          "First words", "Learning to walk", "Weaning", "Splashing in puddles", "Quiet afternoons",
          "Holidays", "Screen time", "Playdates", "Dressing", "Tidying up", "Water play",
          "Music and rhythm", "Cuddles", "Waiting", "Sharing toys", "Travelling light"]
ANGLES = ["what your baby is telling you", "a calm approach", "small steps", "when it feels hard",
          "for tired parents", "questions parents ask", "what helps", "making it playful",
          "keeping it steady", "in the first year", "with a toddler", "as a team",
          "at home and away", "when plans change"]
PART_THEMES = ["Everyday closeness", "Reading signals", "Play and learning", "Sleep and feeding",
               "Changes and transitions", "Feelings", "Looking after yourself", "Talking and listening",
               "Growing independence", "Family life"]

H2_FIXED = ["What you might notice", "Small things to try", "When it does not go to plan",
            "Questions parents ask", "Try this", "Myths & facts", "Sleep, feeding and you",
            "Is it too much?", "Your baby's signals (and yours)", "Step 3: slow down",
            "Ages 0\u20136 months", "What the research says", "A note for partners",
            "Keeping it simple", "Try this", "When to ask for help"]
H2_TERM = ["Why {t} matters", "How {t} grows", "{T} in everyday life", "Making room for {t}",
           "{T}: a closer look"]
H3 = ["For babies", "For toddlers", "Try this", "A quick example", "If you are on your own",
      "Notes for partners", "What to say"]

TERM_SENTENCES = [
    "{G} {helps} {inf} {tail}.",
    "This is where {g} comes in.",
    "A little {g} goes a long way {tail}.",
    "Think of {g} as {o} {tail}.",
    "{S} {v} {o}, and {g} makes that easier.",
    "Try to notice {o} {tail}; it is part of {g}.",
    "There is no need to be perfect about {g}.",
    "Small moments of {g} add up over weeks and months.",
    "{Opener} {g} {adv} starts with {o}.",
    "When {s} {v} {o}, that is {g} at work.",
    "Some parents worry about {g}, but {s} {adv} {v} {o} anyway.",
    "{G} looks different in every family, and that is fine.",
]
PLAIN_SENTENCES = [
    "{S} {adv} {v} {o} {tail}.",
    "{Opener} {s} {v} {o}.",
    "When {s} {v} {o}, {s2} {adv} {v2} {o2}.",
    "It can help to keep {o} close by {tail}.",
    "{S} {does} not need {o} every time, only often enough.",
    "Nobody gets this right every day, and {s} {adv} {v} {o} all the same.",
]
DESCRIPTIONS = ["Simple ideas for {x}, with what the research says.",
                "What to expect with {x}, and how to stay close.",
                "How to handle {x} calmly, one small step at a time.",
                "Practical tips on {x} for busy parents."]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def gh_slug_base(text):
    """GitHub's heading-id rule: lower case; keep letters, marks, decimal and letter numbers,
    connector punctuation and '-'; a space becomes '-'; everything else is dropped."""
    out = []
    for ch in text.lower():
        if ch == " ":
            out.append("-")
        elif ch == "-" or ch.isalpha() or unicodedata.category(ch)[0] == "M" or \
                unicodedata.category(ch) in ("Nd", "Nl", "Pc"):
            out.append(ch)
    return "".join(out)


class Slugger:
    """Unique heading ids in document order: a repeat gets -1, -2, ... skipping taken ids."""

    def __init__(self):
        self.used = {}

    def slug(self, text):
        base = gh_slug_base(text)
        candidate = base
        while candidate in self.used:
            self.used[base] = self.used.get(base, 0) + 1
            candidate = "%s-%d" % (base, self.used[base])
        self.used[candidate] = 0
        return candidate


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cap(text):
    return text[:1].upper() + text[1:]


RISKY_LINE_START = ("-", "+", "*", "#", ">", "|", "=", "~", "`", "[^")


def wrap(tokens, width=WRAP):
    """Join tokens with spaces into lines of about `width`, breaking only between tokens and
    never before one that could start a block (a list marker, a heading and so on)."""
    lines, line = [], ""
    for token in tokens:
        if not line:
            line = token
            continue
        risky = token.startswith(RISKY_LINE_START) or (token[:1].isdigit() and token.rstrip(".)").isdigit())
        if len(line) + 1 + len(token) > width and not risky:
            lines.append(line)
            line = token
        else:
            line += " " + token
    if line:
        lines.append(line)
    return "\n".join(lines)


def plural_verb(verb):
    """'watches' -> 'watch', 'relies on' -> 'rely on', 'notices' -> 'notice'."""
    head, _, rest = verb.partition(" ")
    if head.endswith("ies"):
        head = head[:-3] + "y"
    elif head.endswith(("ches", "shes", "sses")):
        head = head[:-2]
    elif head.endswith("s"):
        head = head[:-1]
    return head + (" " + rest if rest else "")


def words_of(text):
    return len(text.split())


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------

class Corpus:
    def __init__(self, pages, seed):
        self.n = pages
        self.seed = seed
        self.parts = (pages + PAGES_PER_PART - 1) // PAGES_PER_PART
        self.part_width = max(2, len(str(self.parts)))
        self.page_width = max(5, len(str(pages)))
        self.terms = [(term, aliases, definition, term_slug(term)) for term, aliases, definition in TERMS]
        # Zipf-like weights for picking terms
        self.term_weights = [1.0 / (k + 1) ** 0.8 for k in range(len(self.terms))]
        self.seed_keys = [key for key, _ in SEEDS]
        self.plans = [None] + [self.plan(i) for i in range(1, pages + 1)]

    # -- names --------------------------------------------------------------

    def part_of(self, i):
        return (i - 1) // PAGES_PER_PART + 1

    def part_dir(self, p):
        return "part-%0*d" % (self.part_width, p)

    def page_file(self, i):
        return "page-%0*d.md" % (self.page_width, i)

    def page_path(self, i):
        return "%s/%s" % (self.part_dir(self.part_of(i)), self.page_file(i))

    def rel_from_page(self, origin, target):
        """Relative link from page `origin` (in content/part-XX/) to page `target`."""
        if self.part_of(origin) == self.part_of(target):
            return self.page_file(target)
        return "../" + self.page_path(target)

    def rng(self, *parts):
        return random.Random("%d:%s" % (self.seed, ":".join(str(p) for p in parts)))

    # -- plans: what other pages need to know -------------------------------

    def plan(self, i):
        r = self.rng("plan", i)
        title = "%s: %s" % (r.choice(TOPICS), r.choice(ANGLES))
        sections = []
        slugger = Slugger()
        headings = []
        for _ in range(r.randint(4, 12)):
            if r.random() < 0.3:
                term = r.choice(self.terms)[0]
                text = r.choice(H2_TERM).replace("{t}", term).replace("{T}", cap(term))
            else:
                text = r.choice(H2_FIXED)
            subs = []
            for _ in range(r.choice([0, 0, 0, 1, 1, 2])):
                subs.append(r.choice(H3))
            h2 = (text, slugger.slug(text))
            h3s = [(sub, slugger.slug(sub)) for sub in subs]
            sections.append((h2, h3s))
            headings.append(h2[1])
            headings.extend(slug for _, slug in h3s)
        days = r.randint(0, 600)
        reviewed = (datetime.date(2024, 6, 1) + datetime.timedelta(days=days)).isoformat()
        return {"title": title, "sections": sections, "anchors": headings, "reviewed": reviewed,
                "words": r.randint(920, 1140)}

    # -- prose ----------------------------------------------------------------

    def term_phrase(self, r, k=None):
        if k is None:
            k = r.choices(range(len(self.terms)), weights=self.term_weights)[0]
        term, aliases, _, _ = self.terms[k]
        phrase = term
        if aliases and r.random() < 0.3:
            phrase = r.choice(aliases)
        roll = r.random()
        if roll < 0.03 and "-" in phrase:
            phrase = phrase.replace("-", " ")      # "skin to skin contact" still matches
        elif roll < 0.05:
            phrase = phrase.upper()                # "TUMMY TIME"
        return phrase

    def sentence(self, r, with_term, term_index=None):
        fill = {
            "s": r.choice(SUBJECTS), "s2": r.choice(SUBJECTS), "v": r.choice(VERBS), "v2": r.choice(VERBS),
            "o": r.choice(OBJECTS), "o2": r.choice(OBJECTS), "tail": r.choice(TAILS),
            "adv": r.choice(ADVERBS), "helps": r.choice(HELPS), "inf": r.choice(INFINITIVES),
            "Opener": r.choice(OPENERS),
        }
        helps = r.choice(HELPS)
        fill["helps"] = helps.replace("{x}", fill["s"]) if "{x}" in helps else helps + " " + fill["s"]
        if fill["s"] in PLURAL_SUBJECTS:
            fill["v"] = plural_verb(fill["v"])
            fill["does"] = "do"
        else:
            fill["does"] = "does"
        if fill["s2"] in PLURAL_SUBJECTS:
            fill["v2"] = plural_verb(fill["v2"])
        fill["S"] = cap(fill["s"])
        if with_term:
            template = r.choice(TERM_SENTENCES)
            phrase = self.term_phrase(r, term_index)
            fill["g"] = phrase
            fill["G"] = cap(phrase)
            if r.random() < 0.12 and "{g}" in template:
                fill["g"] = "*%s*" % phrase        # emphasised term: still running text
        else:
            template = r.choice(PLAIN_SENTENCES)
        text = template
        for key in sorted(fill, key=len, reverse=True):
            text = text.replace("{%s}" % key, fill[key])
        return cap(text)

    def paragraph(self, r, ctx, n_sentences):
        tokens = []
        for _ in range(n_sentences):
            s = self.sentence(r, r.random() < ctx["term_rate"])
            tokens.extend(s.split(" "))
            roll = r.random()
            if roll < ctx["cite_rate"]:
                tokens[-1] = tokens[-1][:-1]
                tokens.append(self.citation(r, ctx) + ".")
            elif roll < ctx["cite_rate"] + 0.2 and ctx["page"] > 0:
                tokens.extend(self.link_sentence(r, ctx).split(" "))
            elif roll < ctx["cite_rate"] + 0.25:
                tokens.extend(self.inline_extra(r, ctx).split(" "))
        return wrap(self.protect(tokens))

    @staticmethod
    def protect(tokens):
        """Keep bracketed links and citations whole: merge tokens from '[' to its ']' or ')'."""
        out, buf, depth = [], [], 0
        for tok in tokens:
            if buf:
                buf.append(tok)
                depth += tok.count("[") + tok.count("(") - tok.count("]") - tok.count(")")
                if depth <= 0:
                    out.append(" ".join(buf))
                    buf, depth = [], 0
                continue
            d = tok.count("[") + tok.count("(") - tok.count("]") - tok.count(")")
            if d > 0:
                buf, depth = [tok], d
            else:
                out.append(tok)
        if buf:
            out.append(" ".join(buf))
        return out

    def citation(self, r, ctx):
        keys = self.seed_keys
        if ctx["must_cite"]:
            key = ctx["must_cite"].pop()
        else:
            key = r.choice(keys)
        ctx["cited"] += 1
        roll = r.random()
        if roll < 0.2:
            return "[@%s, %s]" % (key, r.choice(LOCATORS))
        if roll < 0.32:
            other = r.choice([k for k in keys if k != key])
            return "[@%s; @%s]" % (key, other)
        return "[@%s]" % key

    def link_sentence(self, r, ctx):
        i = ctx["page"]
        roll = r.random()
        if roll < 0.45 and self.n > 1:
            j = r.randint(1, self.n)
            if j == i:
                j = j % self.n + 1
            plan = self.plans[j]
            anchor = r.choice(plan["anchors"])
            text = plan["title"].split(":")[0].lower()
            if r.random() < 0.25:
                text = "%s and %s" % (text, self.term_phrase(r))   # a term inside link text
            return "See [%s](%s#%s) for more." % (text, self.rel_from_page(i, j), anchor)
        if roll < 0.6 and self.n > 1:
            j = r.randint(1, self.n)
            if j == i:
                j = j % self.n + 1
            return "There is more in [%s](%s)." % (self.plans[j]["title"], self.rel_from_page(i, j))
        if roll < 0.8:
            anchor = r.choice(ctx["anchors"])
            return "The section [further on](#%s) has ideas to try." % anchor
        if roll < 0.88:
            k = r.randrange(len(self.terms))
            term, _, _, slug = self.terms[k]
            return "Look up [%s](../glossary/%s.md) in the glossary." % (term, slug)
        if roll < 0.93:
            return "The [part overview](index.md) lists every page on this theme."
        if roll < 0.97:
            return "Every source is listed on the [sources page](../sources.md)."
        return "The [glossary](../glossary/index.md#words-you-will-meet) explains the words, and the [home page](../index.md) has the rest."

    def inline_extra(self, r, ctx):
        roll = r.random()
        if roll < 0.25:
            return "A leaflet is at <https://example.org/leaflets/%d> if you prefer paper." % r.randint(1, 999)
        if roll < 0.45:
            return "There is a short video at https://example.org/videos/clip-%d too." % r.randint(1, 999)
        if roll < 0.65:
            return "It is ~~always~~ **usually** worth one more try."
        if roll < 0.8:
            return "Write it down as `note %d` in your diary, or mark it `[@not-a-citation]` in your own notes." % r.randint(1, 99)
        return "The words `%s` in a code span are not linked to the glossary." % self.terms[r.randrange(len(self.terms))][0]

    def bullet_list(self, r, ctx):
        kind = r.random()
        items = []
        for n in range(r.randint(3, 6)):
            text = self.sentence(r, r.random() < 0.6)
            if kind < 0.3:
                items.append("%d. %s" % (n + 1, text))
            elif kind < 0.4:
                items.append("- [%s] %s" % ("x" if r.random() < 0.5 else " ", text))
            else:
                items.append("- " + text)
        return "\n".join(items)

    def table(self, r, ctx):
        rows = ["| Age | What you might see | What helps |", "|---|:--|---|"]
        for age in ["0-3 months", "3-6 months", "6-12 months", "1-2 years", "2-3 years"][: r.randint(3, 5)]:
            see = self.term_phrase(r)
            helps = r.choice(OBJECTS)
            if r.random() < 0.2:
                helps = "[%s](#%s)" % (helps, r.choice(ctx["anchors"]))
            rows.append("| %s | %s, %s | %s |" % (age, cap(see), r.choice(TAILS), cap(helps)))
        return "\n".join(rows)

    def callout(self, r, ctx):
        roll = r.random()
        if roll < 0.4:
            return "> [!MYTH]\n> %s\n\n> [!FACT]\n> %s" % (self.sentence(r, True), self.sentence(r, True))
        kind = r.choice(["TIP", "NOTE", "HELP", "WARNING"])
        return "> [!%s]\n> %s %s" % (kind, self.sentence(r, True), self.sentence(r, False))

    def section_body(self, r, ctx, budget):
        blocks = []
        used = 0
        first = True
        while first or used < budget - 20:
            remaining = budget - used
            roll = r.random()
            if first or roll < 0.62 or remaining < 50:
                block = self.paragraph(r, ctx, max(1, min(6, remaining // 13)))
            elif roll < 0.82:
                block = self.bullet_list(r, ctx)
            elif roll < 0.9 and not ctx["table_done"] and ctx["wants_table"]:
                block = self.table(r, ctx)
                ctx["table_done"] = True
            elif roll < 0.95:
                block = self.callout(r, ctx)
            else:
                block = self.paragraph(r, ctx, 2)
                if ctx["footnotes"] is not None:
                    label = "n%d" % (len(ctx["footnotes"]) + 1)
                    block += "[^%s]" % label
                    ctx["footnotes"].append("[^%s]: %s" % (label, self.sentence(r, False)))
            first = False
            blocks.append(block)
            used += words_of(block)
        return blocks, used

    def page(self, i):
        plan = self.plans[i]
        r = self.rng("page", i, self.n)
        must_cite = [self.seed_keys[(i - 1) % len(self.seed_keys)]]
        ctx = {"page": i, "anchors": plan["anchors"], "term_rate": 0.42, "cite_rate": 0.05,
               "must_cite": must_cite, "cited": 0, "wants_table": i % 3 == 0, "table_done": False,
               "footnotes": [] if i % 5 == 0 else None}
        topic = plan["title"].split(":")[0].lower()
        description = r.choice(DESCRIPTIONS).replace("{x}", topic)
        out = ["---", "title: " + yaml_quote(plan["title"]), "description: " + yaml_quote(description),
               "reviewed: " + plan["reviewed"], "---", ""]
        # intro: a guaranteed use of term (i-1) % 62, and a guaranteed citation
        intro = [self.sentence(r, True, term_index=(i - 1) % len(self.terms))]
        intro.append(self.sentence(r, False))
        intro[-1] = intro[-1][:-1] + " " + self.citation(r, ctx) + "."
        intro_text = wrap(self.protect(" ".join(intro).split(" ")))
        if ctx["footnotes"] is not None:
            intro_text += "[^n1]"
            ctx["footnotes"].append("[^n1]: %s" % self.sentence(r, False))
        out.append(intro_text)
        out.append("")
        words = words_of(out[-2])
        sections = plan["sections"]
        budget = max(40, (plan["words"] - words) // len(sections))
        for (h2, h2slug), h3s in sections:
            out.append("## " + h2)
            out.append("")
            parts = 1 + len(h3s)
            blocks, used = self.section_body(r, ctx, budget // parts)
            out.extend(b + "\n" for b in blocks)
            words += used + words_of(h2)
            for h3, _ in h3s:
                out.append("### " + h3)
                out.append("")
                blocks, used = self.section_body(r, ctx, budget // parts)
                out.extend(b + "\n" for b in blocks)
                words += used + words_of(h3)
        if ctx["table_done"] is False and ctx["wants_table"]:
            out.append(self.table(r, ctx) + "\n")
        if ctx["footnotes"]:
            out.extend(f + "\n" for f in ctx["footnotes"])
        return "\n".join(out).rstrip("\n") + "\n"

    def part_index(self, p):
        r = self.rng("part", p)
        first = (p - 1) * PAGES_PER_PART + 1
        last = min(p * PAGES_PER_PART, self.n)
        theme = PART_THEMES[(p - 1) % len(PART_THEMES)]
        ctx = {"page": first, "anchors": ["pages-in-this-part"], "term_rate": 0.4, "cite_rate": 0.0,
               "must_cite": [], "cited": 0, "wants_table": False, "table_done": False, "footnotes": None}
        out = ["---", "title: " + yaml_quote("Part %d: %s" % (p, theme)),
               "description: " + yaml_quote("Pages %d to %d, on %s." % (first, last, theme.lower())),
               "reviewed: 2025-01-%02d" % (p % 28 + 1), "---", ""]
        intro = self.paragraph(r, ctx, 5)
        out.append(intro.rstrip(".") + " " + "[@%s]." % self.seed_keys[(p - 1) % len(self.seed_keys)])
        out.append("")
        out.append("## Pages in this part")
        out.append("")
        for j in range(first, last + 1):
            out.append("- [%s](%s)" % (self.plans[j]["title"], self.page_file(j)))
        out.append("")
        out.append("## How to use this part")
        out.append("")
        out.append(self.paragraph(r, ctx, 4))
        return "\n".join(out) + "\n"

    def home(self):
        r = self.rng("home")
        ctx = {"page": 0, "anchors": ["the-parts"], "term_rate": 0.4, "cite_rate": 0.0,
               "must_cite": [], "cited": 0, "wants_table": False, "table_done": False, "footnotes": None}
        out = ["---", "title: " + yaml_quote("A synthetic handbook"),
               "description: " + yaml_quote("A generated handbook of %d pages for benchmarks." % self.n),
               "reviewed: 2025-01-01", "---", "", "## What this is", "",
               self.paragraph(r, ctx, 4), "", "## The parts", ""]
        for p in range(1, self.parts + 1):
            out.append("- [Part %d: %s](%s/index.md)" % (p, PART_THEMES[(p - 1) % len(PART_THEMES)], self.part_dir(p)))
        out.append("")
        out.append("See also the [glossary](glossary/index.md) and the [sources](sources.md).")
        # With few pages, some terms and sources would go unused: use them here.
        spare_terms = [t for k, t in enumerate(self.terms) if k >= self.n]
        spare_seeds = [key for k, key in enumerate(self.seed_keys) if k >= self.n]
        if spare_terms or spare_seeds:
            out += ["", "## More to read", ""]
            for term, _, _, slug in spare_terms:
                out.append("- [%s](glossary/%s.md)" % (cap(term), slug))
            for key in spare_seeds:
                out.append("- A source worth reading [@%s]." % key)
        return "\n".join(out) + "\n"

    def summary(self):
        out = ["# Summary", "", "- [Home](index.md)"]
        for p in range(1, self.parts + 1):
            out.append("- [Part %d: %s](%s/index.md)" % (p, PART_THEMES[(p - 1) % len(PART_THEMES)], self.part_dir(p)))
            first = (p - 1) * PAGES_PER_PART + 1
            last = min(p * PAGES_PER_PART, self.n)
            for j in range(first, last + 1):
                local = j - first
                indent = "    " if local % 10 in (1, 2) else "  "   # two of every ten one level deeper
                out.append("%s- [%s](%s)" % (indent, self.plans[j]["title"].replace("[", "(").replace("]", ")"),
                                              self.page_path(j)))
        out.append("- [Glossary](glossary/index.md)")
        out.append("- [Sources](sources.md)")
        out.append("- [About this handbook](about.md)")
        return "\n".join(out) + "\n"


GLOSSARY_INDEX = """---
title: Glossary
description: Plain meanings of the words used in this handbook.
reviewed: 2025-01-01
---
## Words you will meet

Each word below is linked from the pages that use it. The [sources](../sources.md) page lists
where the facts come from.
"""

ABOUT_PAGE = """---
title: About this handbook
description: Who made this synthetic handbook, and why.
reviewed: 2025-01-01
---
## Why it exists

This handbook is generated for benchmarks. Its pages read like guidance for parents, but they are
made up, and so are its sources [@harrow-2019]. The footer of every page links here.
"""

SOURCES_PAGE = """---
title: Sources
description: Every source this handbook cites.
reviewed: 2025-01-01
---
## Where the facts come from

These records are synthetic, made up for a benchmark. Each lists the pages that cite it.
"""

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "A synthetic handbook"
languageCode = "en"
disableKinds = ["RSS", "sitemap", "robotsTXT", "taxonomy", "term"]

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_SINGLE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
</main>
</body>
</html>
"""

HUGO_LIST = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
</head>
<body>
<main>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</main>
</body>
</html>
"""

HUGO_404 = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Not found – {{ .Site.Title }}</title></head>
<body><main><h1>Page not found</h1><p><a href="{{ "/" | relURL }}">Home</a></p></main></body></html>
"""


def write(path, text, stats=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    if stats is not None:
        stats["bytes"] += len(data)
        body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
        stats["words"] += words_of(body)
        stats["pages"] += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--pages", type=int, required=True, help="number of pages (besides home, parts, glossary, sources)")
    ap.add_argument("--out", required=True, help="output folder (must not exist, or be empty)")
    ap.add_argument("--templates", required=True, help="the templates/ folder to copy in")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--format", choices=["plain", "hugo"], default="plain",
                    help="hugo: also write OUT/hugo/, a Hugo site over the same pages")
    args = ap.parse_args()
    if args.pages < 1:
        ap.error("--pages must be at least 1")
    if os.path.exists(args.out) and os.listdir(args.out):
        ap.error("%s exists and is not empty" % args.out)
    if not os.path.isdir(args.templates):
        ap.error("%s is not a folder" % args.templates)

    corpus = Corpus(args.pages, args.seed)
    out = args.out
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "handbook.yml"),
          "title: A synthetic handbook\nbase_url: https://example.org/\nlanguage: en\n"
          "allow_raw_html: false\n# synthetic prose reads above grade 8\nreading_grade_limit: 99\n"
          "# the search index grows with the corpus: about 2.5 KB a page\n"
          "search_index_budget: %d\n" % (10000 * (args.pages + 200)))
    shutil.copytree(args.templates, os.path.join(out, "templates"))

    stats = {"pages": 0, "bytes": 0, "words": 0}
    pages = {}  # content-relative path -> text (the pages Hugo also gets)
    pages["index.md"] = corpus.home()
    for p in range(1, corpus.parts + 1):
        pages["%s/index.md" % corpus.part_dir(p)] = corpus.part_index(p)
    for i in range(1, corpus.n + 1):
        pages[corpus.page_path(i)] = corpus.page(i)
    pages["glossary/index.md"] = GLOSSARY_INDEX
    pages["sources.md"] = SOURCES_PAGE
    pages["about.md"] = ABOUT_PAGE

    content = os.path.join(out, "content")
    for rel, text in pages.items():
        write(os.path.join(content, rel), text, stats)
    write(os.path.join(content, "SUMMARY.md"), corpus.summary())
    for term, aliases, definition, slug in corpus.terms:
        lines = ["---", "term: " + yaml_quote(term)]
        if aliases:
            lines.append("aliases: [%s]" % ", ".join(yaml_quote(a) for a in aliases))
        lines += ["---", definition, ""]
        write(os.path.join(content, "glossary", slug + ".md"), "\n".join(lines))
    for key, fields in SEEDS:
        text = "---\n%s\n---\nSynthetic record for benchmarks; the editors' notes would go here.\n" % "\n".join(fields)
        write(os.path.join(out, "seeds", key + ".md"), text)

    if args.format == "hugo":
        hugo = os.path.join(out, "hugo")
        write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
        write(os.path.join(hugo, "layouts", "_default", "single.html"), HUGO_SINGLE)
        write(os.path.join(hugo, "layouts", "_default", "list.html"), HUGO_LIST)
        write(os.path.join(hugo, "layouts", "404.html"), HUGO_404)
        for rel, text in pages.items():
            head, name = os.path.split(rel)
            if name == "index.md":
                name = "_index.md"
            write(os.path.join(hugo, "content", head, name), text)

    print("%d pages (%d numbered, %d part indexes, home, glossary, sources, about), %d bytes of Markdown, %d words"
          % (stats["pages"], corpus.n, corpus.parts, stats["bytes"], stats["words"]))


if __name__ == "__main__":
    sys.exit(main())
