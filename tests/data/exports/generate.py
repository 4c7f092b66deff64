#!/usr/bin/env python3
"""Writes a realistic survey export of each of seven survey tools into this
folder, with the values the analysis must find beside it.

One seeded survey of a tutoring centre (respondents in four groups, four
items rated for importance and satisfaction on 1-5, likelihood to recommend
0-10, overall satisfaction 1-5, a comment) is written the way each tool
exports it: its header rows, its metadata columns, its grid headers, its
answers as labels or numbers. The expectations (<file>.expected.json) are
computed from the generator's numbers before they are turned into labels:
groups and their n, the importance/satisfaction pairs, the mean of every
group x item x measure, NPS per group and the outcome column.

    python3 tests/data/exports/generate.py [--xlsx SOFFICE]

With --xlsx and the path of LibreOffice's soffice, the files whose tool
exports xlsx first (Microsoft Forms, SurveyMonkey, LimeSurvey) are also
converted to .xlsx.
"""
import csv
import io
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240614
N = 240

ITEMS = ["Tutoring quality", "Homework help", "Opening hours", "Staff friendliness"]
GROUPS = ["Student", "Parent", "Volunteer", "Teacher"]
GROUP_WEIGHTS = [0.45, 0.3, 0.15, 0.1]

IMP_EN = ["Not at all important", "Slightly important", "Moderately important", "Very important",
          "Extremely important"]
SAT_EN = ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied",
          "Very satisfied"]
AGREE_EN = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
NA_EN = "N/A"
DK_EN = "Don't know"


def clamp(v, lo, hi):
    return max(lo, min(hi, v))


def survey(seed):
    """The respondents as numbers: None is a blank, 'na' not applicable."""
    rnd = random.Random(seed)
    people = []
    for i in range(N):
        g = rnd.choices(range(len(GROUPS)), GROUP_WEIGHTS)[0]
        p = {"group": GROUPS[g], "imp": [], "sat": []}
        for k in range(len(ITEMS)):
            base_i = 3.6 + 0.3 * ((k + g) % 3) - 0.2 * g
            base_s = 3.2 + 0.4 * ((k * 2 + g) % 3) - 0.3 * (k == 2)
            vi = clamp(round(rnd.gauss(base_i, 1.0)), 1, 5)
            vs = clamp(round(rnd.gauss(base_s, 1.1)), 1, 5)
            r = rnd.random()
            p["imp"].append(None if r < 0.03 else ("na" if r < 0.05 else vi))
            r = rnd.random()
            p["sat"].append(None if r < 0.03 else ("na" if r < 0.06 else vs))
        p["nps"] = None if rnd.random() < 0.04 else clamp(round(rnd.gauss(7.5 - 0.5 * g, 2.2)), 0, 10)
        p["overall"] = None if rnd.random() < 0.03 else clamp(round(rnd.gauss(3.8, 0.9)), 1, 5)
        p["comment"] = rnd.choice(["", "", "", "More evening sessions please.",
                                   "The volunteers are wonderful, thank you!",
                                   "Parking is hard to find on Tuesdays.",
                                   "I wish there were more maths tutors."])
        p["minutes"] = rnd.randint(2, 25)
        p["id"] = 1000 + i
        people.append(p)
    return people


def expected(people, outcome_header, attributes, halves=None):
    """Means per group (and All) x item x measure, n per group, NPS per group."""
    out = {"groups": {}, "pairs": attributes, "outcome": outcome_header, "means": {}, "nps": {}}
    groups = ["All"] + list(dict.fromkeys(p["group"] for p in people))
    for g in groups:
        rows = [p for p in people if g == "All" or p["group"] == g]
        out["groups"][g] = len(rows)
        out["means"][g] = {}
        for k, a in enumerate(attributes):
            entry = {}
            for measure in ("imp", "sat"):
                vals = []
                for p in rows:
                    v = p[measure][k]
                    if isinstance(v, (int, float)):
                        vals.append(halves(p, k, v) if (halves and measure == "sat") else v)
                entry["importance" if measure == "imp" else "satisfaction"] = {
                    "n": len(vals), "mean": sum(vals) / len(vals) if vals else None}
            out["means"][g][a] = entry
        votes = [p["nps"] for p in rows if p["nps"] is not None]
        pro = sum(1 for v in votes if v >= 9)
        det = sum(1 for v in votes if v <= 6)
        out["nps"][g] = {"n": len(votes), "promoters": pro, "detractors": det,
                         "score": 100.0 * (pro - det) / len(votes) if votes else None}
    return out


def label(v, labels, na=NA_EN):
    if v is None:
        return ""
    if v == "na":
        return na
    return labels[v - 1]


def number(v, na=""):
    if v is None:
        return ""
    if v == "na":
        return na
    return str(v)


def write_csv(name, rows, delimiter=",", encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def write_expected(name, exp):
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")


def stamp(rnd, i):
    return "2024/03/%02d %d:%02d:%02d PM GMT+1" % (1 + i % 28, 1 + i % 11, i % 60, (i * 7) % 60)


def google_forms(people):
    imp_q = "How important are the following to you?"
    sat_q = "How satisfied are you with the following?"
    nps_q = "How likely are you to recommend the centre to a friend?"
    overall = "Overall, how satisfied are you with the tutoring centre?"
    header = ["Timestamp", "Email Address", "I am a:"]
    header += ["%s [%s]" % (imp_q, it) for it in ITEMS]
    header += ["%s [%s]" % (sat_q, it) for it in ITEMS]
    header += [nps_q, overall, "Anything else you would like to tell us?"]
    rows = [header]
    rnd = random.Random(1)
    for i, p in enumerate(people):
        r = [stamp(rnd, i), "person%d@example.org" % p["id"], p["group"]]
        r += [label(v, IMP_EN) for v in p["imp"]]
        r += [label(v, SAT_EN, DK_EN) for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"]), p["comment"]]
        rows.append(r)
    write_csv("google-forms.csv", rows)
    write_expected("google-forms.csv", expected(people, overall, ITEMS))


def microsoft_forms(people):
    imp_q = "How important are the following to you?"
    sat_q = "How satisfied are you with the following?"
    nps_q = "How likely are you to recommend us to a friend or colleague?"
    overall = "How satisfied are you overall?"
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
              "Which of the following best describes you?"]
    header += ["%s.%s" % (imp_q, it) for it in ITEMS]
    header += ["%s.%s" % (sat_q, it) for it in ITEMS]
    header += [nps_q, overall, "Any other comments?"]
    rows = [header]
    for i, p in enumerate(people):
        r = [str(i + 1), "3/%d/24 10:%02d:00" % (1 + i % 28, i % 60),
             "3/%d/24 10:%02d:00" % (1 + i % 28, (i + p["minutes"]) % 60), "anonymous", "", "",
             p["group"]]
        r += [label(v, IMP_EN) for v in p["imp"]]
        r += [label(v, SAT_EN) for v in p["sat"]]
        r += [number(p["nps"]), label(p["overall"], SAT_EN), p["comment"]]
        rows.append(r)
    write_csv("microsoft-forms.csv", rows)
    write_expected("microsoft-forms.csv", expected(people, overall, ITEMS))


def surveymonkey(people):
    imp_q = "How important is each of the following to you?"
    sat_q = "How satisfied are you with each of the following?"
    nps_q = "How likely is it that you would recommend the centre to a friend or colleague?"
    overall = "Overall, how satisfied are you with the centre?"
    meta = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
            "Email Address", "First Name", "Last Name", "Custom Data 1"]
    top = meta + ["Which of the following best describes you?"]
    sub = [""] * len(meta) + ["Response"]
    for q in (imp_q, sat_q):
        top += [q] + [""] * (len(ITEMS) - 1)
        sub += ITEMS
    top += [nps_q, overall, "Do you have any other comments?"]
    sub += ["Response", "Response", "Open-Ended Response"]
    rows = [top, sub]
    for i, p in enumerate(people):
        r = [str(11400000000 + p["id"]), "405000001", "03/%02d/2024 09:%02d:11 AM" % (1 + i % 28, i % 60),
             "03/%02d/2024 09:%02d:52 AM" % (1 + i % 28, (i + p["minutes"]) % 60), "", "", "", "", "",
             p["group"]]
        r += [label(v, IMP_EN) for v in p["imp"]]
        r += [label(v, SAT_EN) for v in p["sat"]]
        r += [number(p["nps"]), label(p["overall"], SAT_EN), p["comment"]]
        rows.append(r)
    write_csv("surveymonkey.csv", rows)
    write_expected("surveymonkey.csv", expected(people, overall, ITEMS))


def qualtrics(people):
    imp_q = "How important are the following to you?"
    sat_q = "How satisfied are you with the following?"
    nps_q = "How likely are you to recommend the centre to a friend or colleague?"
    overall = "Overall, how satisfied are you with the centre?"
    meta = [("StartDate", "Start Date", '{"ImportId":"startDate","timeZone":"America/Denver"}'),
            ("EndDate", "End Date", '{"ImportId":"endDate","timeZone":"America/Denver"}'),
            ("Status", "Response Type", '{"ImportId":"status"}'),
            ("Progress", "Progress", '{"ImportId":"progress"}'),
            ("Duration (in seconds)", "Duration (in seconds)", '{"ImportId":"duration"}'),
            ("Finished", "Finished", '{"ImportId":"finished"}'),
            ("RecordedDate", "Recorded Date", '{"ImportId":"recordedDate","timeZone":"America/Denver"}'),
            ("ResponseId", "Response ID", '{"ImportId":"_recordId"}'),
            ("DistributionChannel", "Distribution Channel", '{"ImportId":"distributionChannel"}'),
            ("UserLanguage", "User Language", '{"ImportId":"userLanguage"}')]
    tags = [m[0] for m in meta] + ["Q1"]
    texts = [m[1] for m in meta] + ["Which of these best describes you?"]
    ids = [m[2] for m in meta] + ['{"ImportId":"QID1"}']
    for q, qid in ((imp_q, "QID2"), (sat_q, "QID3")):
        for k, it in enumerate(ITEMS):
            tags.append("Q%s_%d" % (qid[3:], k + 1))
            texts.append("%s - %s" % (q, it))
            ids.append('{"ImportId":"%s_%d"}' % (qid, k + 1))
    tags += ["Q4", "Q5", "Q6"]
    texts += [nps_q, overall, "Is there anything else you would like to tell us?"]
    ids += ['{"ImportId":"QID4"}', '{"ImportId":"QID5"}', '{"ImportId":"QID6_TEXT"}']
    rows = [tags, texts, ids]
    for i, p in enumerate(people):
        r = ["2024-03-%02d 10:%02d:00" % (1 + i % 28, i % 60), "2024-03-%02d 10:%02d:00" % (1 + i % 28, (i + 9) % 60),
             "IP Address", "100", str(60 * p["minutes"]), "1", "2024-03-%02d 10:%02d:00" % (1 + i % 28, (i + 9) % 60),
             "R_%016x" % (p["id"] * 7919), "anonymous", "EN", p["group"]]
        # Qualtrics exports choice text for importance and recoded numbers for satisfaction.
        r += [label(v, IMP_EN) for v in p["imp"]]
        r += [number(v, "") if v != "na" else "" for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"]), p["comment"]]
        rows.append(r)
    people_q = [dict(p, sat=[v if v != "na" else None for v in p["sat"]]) for p in people]
    write_csv("qualtrics.csv", rows)
    write_expected("qualtrics.csv", expected(people_q, overall, ITEMS))


def limesurvey(people):
    codes = ["SQ%03d" % (k + 1) for k in range(len(ITEMS))]
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ROLE"]
    header += ["IMP[%s]" % c for c in codes] + ["SAT[%s]" % c for c in codes]
    header += ["NPS", "OVERALL", "COMMENT"]
    rows = [header]
    for i, p in enumerate(people):
        d = "2024-03-%02d 11:%02d:00" % (1 + i % 28, i % 60)
        r = [str(i + 1), d, "3", "en", str(100000 + (p["id"] * 4831) % 900000), d, d, p["group"]]
        r += [number(v, "") for v in p["imp"]] + [number(v, "") for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"]), p["comment"]]
        rows.append(r)
    clean = [dict(p, imp=[v if v != "na" else None for v in p["imp"]],
                  sat=[v if v != "na" else None for v in p["sat"]]) for p in people]
    write_csv("limesurvey.csv", rows)
    write_expected("limesurvey.csv", expected(clean, "OVERALL", codes))


def typeform(people):
    imp_q = "How important is this to you?"
    sat_q = "How satisfied are you with it?"
    nps_q = "How likely are you to recommend us to a friend?"
    overall = "How satisfied are you overall?"
    header = ["#", "Which of these describes you best?"]
    header += ["%s (%s)" % (it, imp_q) for it in ITEMS]
    header += ["%s (%s)" % (it, sat_q) for it in ITEMS]
    header += [nps_q, overall, "Anything else?", "Start Date (UTC)", "Submit Date (UTC)", "Network ID", "Tags"]
    rows = [header]
    for i, p in enumerate(people):
        r = ["%032x" % (p["id"] * 2654435761), p["group"]]
        r += [number(v, "") for v in p["imp"]] + [number(v, "") for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"]), p["comment"],
              "2024-03-%02d 10:%02d:00" % (1 + i % 28, i % 60), "2024-03-%02d 10:%02d:00" % (1 + i % 28, (i + 5) % 60),
              "%010x" % (p["id"] * 40503), ""]
        rows.append(r)
    clean = [dict(p, imp=[v if v != "na" else None for v in p["imp"]],
                  sat=[v if v != "na" else None for v in p["sat"]]) for p in people]
    write_csv("typeform.csv", rows)
    write_expected("typeform.csv", expected(clean, overall, ITEMS))


def kobo(people):
    names = [it.lower().replace(" ", "_") for it in ITEMS]
    header = ["start", "end", "today", "deviceid", "respondent_type"]
    header += ["importance/imp_%s" % n for n in names] + ["satisfaction/sat_%s" % n for n in names]
    header += ["recommend", "overall_satisfaction", "comments", "_id", "_uuid", "_submission_time",
               "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index"]
    rows = [header]
    for i, p in enumerate(people):
        d = "2024-03-%02dT10:%02d:00.000+01:00" % (1 + i % 28, i % 60)
        r = [d, d, "2024-03-%02d" % (1 + i % 28), "ee.kobotoolbox.org:abc%d" % (i % 7), p["group"].lower()]
        r += [number(v, "") for v in p["imp"]] + [number(v, "") for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"]), p["comment"], str(300000 + i),
              "%08x-1111-4222-8333-%012x" % (p["id"], p["id"] * 97), "2024-03-%02dT10:%02d:00" % (1 + i % 28, i % 60),
              "", "", "submitted_via_web", "", "", str(i + 1)]
        rows.append(r)
    clean = [dict(p, group=p["group"].lower(), imp=[v if v != "na" else None for v in p["imp"]],
                  sat=[v if v != "na" else None for v in p["sat"]]) for p in people]
    write_csv("kobotoolbox.csv", rows, delimiter=";")
    exp = expected(clean, "overall_satisfaction", names)
    write_expected("kobotoolbox.csv", exp)


def european(people):
    """A German export with ';' and decimal commas: satisfaction in half steps."""
    items = ["Qualität der Nachhilfe", "Hausaufgabenhilfe", "Öffnungszeiten", "Freundlichkeit des Personals"]
    imp_q = "Wie wichtig sind Ihnen die folgenden Punkte?"
    sat_q = "Wie zufrieden sind Sie mit den folgenden Punkten?"
    overall = "Wie zufrieden sind Sie insgesamt?"
    groups = {"Student": "Schüler/in", "Parent": "Elternteil", "Volunteer": "Ehrenamtliche/r", "Teacher": "Lehrkraft"}
    header = ["Zeitstempel", "Ich bin:"]
    header += ["%s [%s]" % (imp_q, it) for it in items]
    header += ["%s [%s]" % (sat_q, it) for it in items]
    header += ["Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?", overall]
    rows = [header]

    def half(p, k, v):
        return v - 0.5 if (p["id"] + k) % 4 == 0 and v > 1 else v

    for i, p in enumerate(people):
        r = ["%02d.03.2024 10:%02d:00" % (1 + i % 28, i % 60), groups[p["group"]]]
        r += [number(v, "") for v in p["imp"]]
        r += ["" if not isinstance(v, int) else ("%g" % half(p, k, v)).replace(".", ",")
              for k, v in enumerate(p["sat"])]
        r += [number(p["nps"]), number(p["overall"])]
        rows.append(r)
    clean = [dict(p, group=groups[p["group"]], imp=[v if v != "na" else None for v in p["imp"]],
                  sat=[v if v != "na" else None for v in p["sat"]]) for p in people]
    write_csv("european-semicolon.csv", rows, delimiter=";")
    exp = expected(clean, overall, items, halves=half)
    exp["groupOrder"] = [groups[g] for g in GROUPS]
    write_expected("european-semicolon.csv", exp)


def windows1252(people):
    """A French export in Windows-1252 with label answers."""
    items = ["Qualité du tutorat", "Aide aux devoirs", "Heures d'ouverture", "Amabilité du personnel"]
    imp = ["Pas du tout important", "Peu important", "Moyennement important", "Important", "Très important"]
    sat = ["Très insatisfait", "Insatisfait", "Neutre", "Satisfait", "Très satisfait"]
    imp_q = "Quelle importance accordez-vous aux éléments suivants ?"
    sat_q = "Êtes-vous satisfait des éléments suivants ?"
    overall = "Dans l'ensemble, êtes-vous satisfait du centre ?"
    groups = {"Student": "Élève", "Parent": "Parent", "Volunteer": "Bénévole", "Teacher": "Enseignant"}
    header = ["Horodateur", "Vous êtes :"]
    header += ["%s [%s]" % (imp_q, it) for it in items]
    header += ["%s [%s]" % (sat_q, it) for it in items]
    header += ["Quelle est la probabilité que vous recommandiez le centre à un ami ?", overall]
    rows = [header]
    for i, p in enumerate(people):
        r = ["%02d/03/2024 10:%02d:00" % (1 + i % 28, i % 60), groups[p["group"]]]
        r += [label(v, imp, "Ne sais pas") for v in p["imp"]]
        r += [label(v, sat, "Non applicable") for v in p["sat"]]
        r += [number(p["nps"]), number(p["overall"])]
        rows.append(r)
    clean = [dict(p, group=groups[p["group"]]) for p in people]
    write_csv("windows-1252.csv", rows, encoding="cp1252")
    write_expected("windows-1252.csv", expected(clean, overall, items))


def main():
    people = survey(SEED)
    google_forms(people)
    microsoft_forms(people)
    surveymonkey(people)
    qualtrics(people)
    limesurvey(people)
    typeform(people)
    kobo(people)
    european(people)
    windows1252(people)
    if len(sys.argv) == 3 and sys.argv[1] == "--xlsx":
        for name in ("microsoft-forms.csv", "surveymonkey.csv", "limesurvey.csv"):
            subprocess.run([sys.argv[2], "--headless", "--convert-to", "xlsx", "--outdir", HERE,
                            os.path.join(HERE, name)], check=True)


if __name__ == "__main__":
    main()
