#!/usr/bin/env python3
"""The customer survey of Riverside Reading Partners, the adult-literacy
nonprofit of tests/data/sample-model.json: two waves a year apart, written in
the feedback-table conventions of PRODUCT.md.

The groups are the model's. Each group rates the attributes it was asked
about (importance and satisfaction, 1 to 5; blank where not asked), says how
satisfied it is overall (1 to 5) and how likely it is to recommend the
programme (0 to 10), answers a Kano pair about text-message reminders and
may leave a comment, some of them in Spanish.

The story the numbers tell, by design:
- Learners (the primary customer) care most about being treated as an adult
  and about materials for everyday tasks; the equivalency certificate, which
  the model assumes is their top value, matters far less to them. That is the
  surprise against the assumptions.
- The job centre and the funders value progress reports highly; learners do
  not. That is the mission-drift finding.
- Between the waves, tutors' satisfaction with their training really falls
  (the training was shortened in 2026); every other change is noise.
- Comments that mention a change of tutor or the waiting list come from less
  satisfied learners.

Run it to rewrite the two CSV files; the same seed gives the same bytes.
    python3 tests/data/riverside/generate.py
"""

import csv
import math
import os
import random

SEED = 20261017
HERE = os.path.dirname(os.path.abspath(__file__))

ATTRIBUTES = [
    "One-to-one tutoring with the same tutor every week",
    "Working towards a high-school equivalency certificate",
    "Evening sessions close to home",
    "Reading materials about everyday tasks",
    "Being treated as an adult",
    "Good training before the first session",
    "Someone to call when a session goes badly",
    "Progress reports",
]
A_SAME, A_CERT, A_EVENING, A_MATERIALS, A_ADULT, A_TRAINING, A_CALL, A_REPORTS = range(8)

# Per group: how many answer in each wave, and for each attribute it is asked
# about, the true mean importance and satisfaction (1-5). A group that is not
# asked about an attribute leaves it blank.
GROUPS = {
    "Adult learners": {
        "n": 214,
        "items": {
            A_SAME: (4.4, 3.6),
            A_CERT: (2.9, 3.4),
            A_EVENING: (4.3, 3.5),
            A_MATERIALS: (4.5, 3.2),
            A_ADULT: (4.8, 4.3),
            A_REPORTS: (2.2, 3.3),
        },
        "overall": 3.9,
        "nps": 8.2,
    },
    "Volunteer tutors": {
        "n": 66,
        "items": {
            A_SAME: (4.2, 3.9),
            A_EVENING: (3.4, 3.8),
            A_MATERIALS: (4.0, 3.1),
            A_TRAINING: (4.7, 4.1),
            A_CALL: (4.5, 2.9),
            A_REPORTS: (3.0, 3.4),
        },
        "overall": 3.8,
        "nps": 7.6,
    },
    "Riverside Public Library": {
        "n": 12,
        "items": {A_EVENING: (3.9, 3.7), A_REPORTS: (3.6, 3.0)},
        "overall": 4.0,
        "nps": 8.0,
    },
    "County job centre": {
        "n": 11,
        "items": {A_SAME: (3.6, 3.8), A_CERT: (4.5, 3.2), A_REPORTS: (4.7, 2.4)},
        "overall": 3.5,
        "nps": 7.0,
    },
    "Funders": {
        "n": 9,
        "items": {A_CERT: (4.2, 3.6), A_MATERIALS: (3.3, 3.9), A_REPORTS: (4.8, 2.9)},
        "overall": 3.9,
        "nps": 7.8,
    },
}

# The one real change between the waves: tutors' training was shortened.
WAVES = [
    {"year": 2025, "date": "2025-10-18", "training": 4.1},
    {"year": 2026, "date": "2026-10-17", "training": 3.3},
]

KANO_ATTRIBUTE = "Text message reminders"
KANO_ANSWERS = ["Like", "Expect", "Neutral", "Live with", "Dislike"]
# Functional and dysfunctional answer weights per group: reminders are an
# attractive extra for learners and expected by tutors.
KANO = {
    "Adult learners": ([0.62, 0.10, 0.20, 0.06, 0.02], [0.02, 0.04, 0.60, 0.30, 0.04]),
    "Volunteer tutors": ([0.30, 0.45, 0.15, 0.08, 0.02], [0.02, 0.03, 0.15, 0.25, 0.55]),
}

# Comments by theme. A theme's "mood" moves the writer's overall satisfaction.
COMMENTS = {
    "Adult learners": [
        (-1.0, [
            "My tutor changed three times this year and I had to start over each time.",
            "I waited four months on the waiting list before I got a tutor.",
            "They changed my tutor again and nobody told me why.",
        ]),
        (-0.3, [
            "The bus stops running at nine, so I have to leave before the end.",
            "It is hard to get there by bus after work.",
        ]),
        (0.5, [
            "My tutor treats me like a grown-up, not like a child at school.",
            "Nobody makes me feel stupid here. I am treated as an adult.",
            "Now I can read to my kids at bedtime.",
            "I read the letter from my landlord by myself last week.",
        ]),
        (0.0, [
            "I want to practise with real forms, like the ones at the doctor.",
            "More reading about everyday things, bills and job applications please.",
        ]),
    ],
    "Adult learners/es": [
        (-1.0, ["Cambiaron a mi tutora dos veces y tuve que empezar de nuevo."]),
        (-0.3, ["El autobús ya no pasa después de las nueve de la noche."]),
        (0.5, [
            "Mi tutora me trata como adulta y con mucho respeto.",
            "Ahora puedo leerle cuentos a mi hija por la noche.",
        ]),
    ],
    "Volunteer tutors": [
        (-0.8, [
            "The training was rushed and I did not feel ready for my first session.",
            "When a session goes badly I do not know who to call.",
        ]),
        (0.0, [
            "Ready-made lesson plans for the first month would help a lot.",
            "Please send the lesson plans before the first session.",
        ]),
        (0.6, [
            "Seeing my learner read a menu out loud was the best moment of my year.",
            "My learner passed the driving theory test. I am so proud of her.",
        ]),
    ],
    "Riverside Public Library": [
        (-0.4, ["Sessions sometimes run past closing time."]),
        (0.3, ["Quiet and well organised sessions in our rooms."]),
    ],
    "County job centre": [
        (-0.5, [
            "We need to know when our clients start and how they are doing.",
            "Progress reports would help us plan with our clients. Call me on 555-0147.",
        ]),
    ],
    "Funders": [
        (0.0, [
            "Stories of learners' progress make the case to our board.",
            "We would like progress reports each quarter. Write to grants@riverside-foundation.org.",
        ]),
    ],
}


def normal(rng):
    """A standard normal draw (Box-Muller from two uniform draws)."""
    u1 = max(rng.random(), 1e-12)
    u2 = rng.random()
    return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def rating(rng, mean, low=1, high=5, sd=0.75):
    return max(low, min(high, int(round(mean + sd * normal(rng)))))


def pick(rng, weights):
    x = rng.random()
    for i, w in enumerate(weights):
        x -= w
        if x < 0:
            return i
    return len(weights) - 1


def respondents(rng, wave):
    rows = []
    for group, spec in GROUPS.items():
        for _ in range(spec["n"]):
            row = {"Group": group}
            sats = []
            for a, (imp, sat) in spec["items"].items():
                if a == A_TRAINING:
                    sat = wave["training"]
                row["Importance: " + ATTRIBUTES[a]] = rating(rng, imp)
                s = rating(rng, sat)
                row["Satisfaction: " + ATTRIBUTES[a]] = s
                sats.append(s)
            mood = 0.0
            comment = ""
            if rng.random() < 0.55:
                key = group
                if group == "Adult learners" and rng.random() < 0.2:
                    key = group + "/es"
                themes = COMMENTS[key]
                mood, texts = themes[pick(rng, [1.0 / len(themes)] * len(themes))]
                comment = texts[int(rng.random() * len(texts))]
            base = spec["overall"] + 0.5 * (sum(sats) / len(sats) - 3.5) + mood
            overall = rating(rng, base, sd=0.6)
            row["Overall satisfaction"] = overall
            row["Likelihood to recommend"] = rating(rng, spec["nps"] + 1.2 * (overall - 4), 0, 10, 1.3)
            if group in KANO:
                functional, dysfunctional = KANO[group]
                row["Kano functional: " + KANO_ATTRIBUTE] = KANO_ANSWERS[pick(rng, functional)]
                row["Kano dysfunctional: " + KANO_ATTRIBUTE] = KANO_ANSWERS[pick(rng, dysfunctional)]
            row["Comment"] = comment
            rows.append(row)
    rng.shuffle(rows)
    return rows


def header():
    names = ["Respondent", "Group"]
    for a in ATTRIBUTES:
        names += ["Importance: " + a, "Satisfaction: " + a]
    names += ["Overall satisfaction", "Likelihood to recommend",
              "Kano functional: " + KANO_ATTRIBUTE, "Kano dysfunctional: " + KANO_ATTRIBUTE,
              "Comment"]
    return names


def main():
    rng = random.Random(SEED)
    names = header()
    for wave in WAVES:
        path = os.path.join(HERE, "riverside-survey-%d.csv" % wave["year"])
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f, lineterminator="\n")
            out.writerow(names)
            for i, row in enumerate(respondents(rng, wave), start=1):
                row["Respondent"] = "R%d-%03d" % (wave["year"], i)
                out.writerow([row.get(n, "") for n in names])


if __name__ == "__main__":
    main()
