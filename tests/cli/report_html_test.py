#!/usr/bin/env python3
"""An independent check of `hipfit report --html FILE`: the whole page must parse as XML with Python's
own xml.etree (the page is written to be well-formed, XHTML-compatible HTML) and hold what the report
says: its sections, four SVG charts with titles, the weight chart's trend line with one point per day
weighed in the week, the forecast chart's band around the forecast, the week's exercise once with its
muscle map (and its picture when it has one), no script, and every text escaped.

Usage: report_html_test.py PATH/TO/hipfit
"""
import datetime
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
TODAY = datetime.date(2026, 11, 21)
# The program starts on a Friday eight days before today: today is in its second week.
START = TODAY - datetime.timedelta(days=8)
SKIPPED_WEIGH_IN = datetime.date(2026, 11, 17)  # one day of the week without a weigh-in
NOTE = "<b>bold</b> & 'quoted'"

INIT = ["init", "--sex", "female", "--age", "34", "--height", "165cm", "--weight", "72kg",
        "--waist", "80cm", "--hip", "104cm", "--neck", "33cm", "--activity", "light",
        "--goal", "lose-fat", "--days", "mon,wed,fri"]
CSV_HEADER = ("id,kind,date,time,value,unit,protein_g,note,waist_cm,hip_cm,thigh_cm,thigh_left_cm,"
              "thigh_right_cm,neck_cm,body_fat_percent,energy_kcal,warm_up_skipped,exercises")
CHART_TITLES = ["Weight and trend", "Forecast and actual", "Hip, waist and thigh", "Workouts each program week"]


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def csv_field(text):
    return '"' + text.replace('"', '""') + '"'


def journal_csv():
    """Nine days from the program's start: weigh-ins (but one), food with a note that looks like markup,
    short nights, the first week's three planned workouts and one more, two hip measurements."""
    rows = [CSV_HEADER]
    for offset in range(9):
        day = START + datetime.timedelta(days=offset)
        if day != SKIPPED_WEIGH_IN:
            rows.append(f",weight,{day},07:00,{72 - 0.1 * offset:.1f},kg" + "," * 12)
        rows.append(f",food,{day},12:00,1700,kcal,,{csv_field(NOTE)}" + "," * 10)
        if 1 <= offset <= 7:
            rows.append(f",sleep,{day},07:05,6,h" + "," * 12)
    for day in ["2026-11-13", "2026-11-16", "2026-11-18", "2026-11-20"]:
        rows.append(f",workout,{day},18:00" + "," * 13 + 'false,"glute-bridge:12,12"')
    for day, hip in [("2026-11-13", 104), ("2026-11-20", 103.5)]:
        rows.append(f",measure,{day},08:00,,,,,,{hip}" + "," * 8)
    return "\r\n".join(rows) + "\r\n"


def run_hipfit(binary, args, env, today):
    result = subprocess.run([binary] + args, env=dict(env, HIPFIT_TODAY=str(today)), capture_output=True,
                            text=True, timeout=60)
    check(result.returncode == 0,
          f"hipfit {' '.join(args)} exited {result.returncode}: {result.stdout}{result.stderr}")
    return result.stdout


def points(element):
    """An SVG points attribute as (x, y) pairs."""
    return [tuple(float(v) for v in pair.split(",")) for pair in element.get("points").split()]


def charts_by_title(root):
    charts = {}
    for svg in root.iter(SVG + "svg"):
        if svg.get("class") != "chart":
            continue
        title = svg.find(SVG + "title")
        check(title is not None and (title.text or "").strip(), "an SVG chart has no <title>")
        check(svg.find(SVG + "desc") is not None, f"chart {title.text!r} has no <desc>")
        charts[title.text] = svg
    return charts


def check_page(root, raw):
    check(root.tag == "html", f"the root element is <{root.tag}>, expected <html>")
    head_title = root.find("head/title").text
    check(head_title == "hipfit report, 2026-11-15 to 2026-11-21", f"the page's title is {head_title!r}")
    check(root.find("body/h1").text == head_title, "the <h1> is not the page's title")
    headings = [h2.text for h2 in root.iter("h2")]
    check(headings == ["In numbers", "Your calorie target", "Forecast and actual", "Advice", "Exercises you did",
                       "Charts"],
          f"the sections are {headings}")
    paragraphs = [p.text for p in root.iter("p")]
    # "severity: message", the severity in any case.
    check(any(p.lower().startswith("warning: you slept 6.0 h a night") for p in paragraphs),
          f"no short-sleep advice among {paragraphs}")
    check(any(p.lower().startswith("celebrate: your first week is done: you trained on 3 days of 3 planned")
              for p in paragraphs), f"no first-week milestone among {paragraphs}")

    # Escaping: what the page says with quotes reads back as typed, and was written as a reference.
    check(any("Run 'hipfit checkin' once a week" in p for p in paragraphs),
          "the calorie target's paragraph does not read back with its quotes")
    check("Run &#39;hipfit checkin&#39;" in raw, "the quotes in the calorie target's paragraph are not escaped")
    # A note that looks like markup never becomes markup (the report does not show notes at all).
    check(not any(element.tag == "b" for element in root.iter()), "a <b> element is in the page")
    check("<b>" not in raw, "the note's <b> is in the page as written")

    scripts = [e.tag for e in root.iter() if e.tag.split("}")[-1].lower() == "script"]
    check(not scripts, f"the page has script elements: {scripts}")
    handlers = [(e.tag, name) for e in root.iter() for name in e.attrib if name.lower().startswith("on")]
    check(not handlers, f"the page has event-handler attributes: {handlers}")
    check("<script" not in raw.lower() and "javascript:" not in raw.lower(), "the page's text holds a script")


def check_charts(root):
    charts = charts_by_title(root)
    check(sorted(charts) == sorted(CHART_TITLES), f"the charts are {sorted(charts)}, expected {CHART_TITLES}")

    # The weight chart: the trend as one line with a point per day weighed in the report's week.
    week = [TODAY - datetime.timedelta(days=d) for d in range(7)]
    weighed = sum(1 for day in week if day >= START and day != SKIPPED_WEIGH_IN)
    weight = charts["Weight and trend"]
    lines = weight.findall(SVG + "polyline")
    check(len(lines) == 1, f"the weight chart has {len(lines)} polylines, expected 1 (the trend)")
    check(len(points(lines[0])) == weighed,
          f"the trend line has {len(points(lines[0]))} points, expected {weighed} (days weighed in the week)")
    check(len(weight.findall(SVG + "circle")) == weighed, "the weight chart's weigh-in dots do not match")

    # The forecast chart: the band (high, then low backwards) around the dashed forecast, one point a day
    # from the program's start to four weeks past today.
    forecast = charts["Forecast and actual"]
    bands = forecast.findall(SVG + "polygon")
    check(len(bands) == 1, f"the forecast chart has {len(bands)} polygons, expected 1 (the band)")
    days = (TODAY - START).days + 28 + 1
    band = points(bands[0])
    check(len(band) == 2 * days, f"the band has {len(band)} points, expected {2 * days}")
    dashed = [line for line in forecast.findall(SVG + "polyline") if line.get("stroke-dasharray")]
    check(len(dashed) == 1, f"the forecast chart has {len(dashed)} dashed lines, expected 1 (the forecast)")
    line = points(dashed[0])
    check(len(line) == days, f"the forecast line has {len(line)} points, expected {days}")
    high, low = band[:days], band[days:][::-1]
    for (x, y), (xh, yh), (xl, yl) in zip(line, high, low):
        check(x == xh == xl, f"the band and the forecast are not on the same days at x={x}")
        # SVG's y grows downwards; coordinates are rounded to 0.1.
        check(yh - 0.1 <= y <= yl + 0.1, f"the forecast at x={x} (y={y}) is outside the band ({yh}..{yl})")

    hip_lines = [len(points(line)) for line in charts["Hip, waist and thigh"].findall(SVG + "polyline")
                 if line.get("points")]
    check(hip_lines == [2], f"the measurement chart's lines have {hip_lines} points, expected [2] (the hip)")
    bars = [rect for rect in charts["Workouts each program week"].findall(SVG + "rect")
            if rect.find(SVG + "title") is not None]
    labels = [r.find(SVG + "title").text for r in bars]
    check(labels == ["wk 1: 3 workouts", "wk 2: 1 workouts"], f"the workout bars are {labels}")


def check_exercises(root):
    """The week's one exercise (glute bridges in three workouts) once, with its muscle map beside it."""
    blocks = [div for div in root.iter("div") if div.get("class") == "exercise"]
    check(len(blocks) == 1, f"the page shows {len(blocks)} exercises, expected 1 (the glute bridge)")
    caption = "".join(blocks[0].find("p").itertext())
    check(caption == "Glute bridge — in 3 workouts", f"the exercise reads {caption!r}")
    maps = [svg for svg in blocks[0].iter(SVG + "svg") if svg.get("class") == "muscle-map"]
    check(len(maps) == 1, f"the glute bridge has {len(maps)} muscle maps, expected 1")
    primary = {g.get("data-muscle") for g in maps[0].iter(SVG + "g") if "mm-primary" in g.get("class", "").split()}
    check("gluteus-maximus" in primary, f"the glute bridge's map colours {sorted(primary)} as primary")
    check(not any(e.get("id") for e in blocks[0].iter()), "an inlined picture has an id, which would repeat")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: report_html_test.py PATH/TO/hipfit")
    binary = sys.argv[1]
    name = "cli.report_html_parses_as_xml"
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HIPFIT_DB=os.path.join(tmp, "h.db"), HOME=tmp)
        journal = os.path.join(tmp, "journal.csv")
        page = os.path.join(tmp, "report.html")
        try:
            with open(journal, "w", encoding="utf-8", newline="") as f:
                f.write(journal_csv())
            run_hipfit(binary, INIT, env, START)
            run_hipfit(binary, ["import", journal], env, TODAY)
            out = run_hipfit(binary, ["report", "--html", page], env, TODAY)
            check(out == f"Wrote the report to {page}.\n", f"report --html printed {out!r}")
            with open(page, encoding="utf-8") as f:
                raw = f.read()
            root = ET.fromstring(raw)
            check_page(root, raw)
            check_charts(root)
            check_exercises(root)
        except Failure as failure:
            print(f"FAILED {name}: {failure}", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
        except Exception as error:  # a parse error, a timeout: a failure, not a crash
            print(f"FAILED {name}: {type(error).__name__}: {error}", file=sys.stderr)
            print("0 passed, 1 failed")
            return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
