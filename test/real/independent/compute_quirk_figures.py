#!/usr/bin/env python3
"""Count the quirks of the real CRM files from their raw bytes, independently of the add-in.

Uses the Python 3 standard library only (csv, zipfile, xml.etree), so none of the figures
depend on papaparse, exceljs or the add-in's readers that the tests check. The figures are
copied as literals into the test/real/*.test.ts files that check each source.

Usage: compute_quirk_figures.py [--data DIR] > quirk-figures.json
"""
import argparse
import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS = {"m": MAIN}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
EXCEL_EPOCH = dt.date(1899, 12, 30)
# Default probabilities of the Dynamics 365 business process stages, copied from the add-in's
# built-in Dynamics 365 preset. They serve only to count open deals more than 30 points away.
D365_STAGE_DEFAULTS = {"Qualify": 0.2, "Develop": 0.4, "Propose": 0.6, "Close": 0.8}


# ---------------------------------------------------------------- CSV

def csv_text(path):
    raw = path.read_bytes()
    return raw, raw.decode("utf-8-sig")


def csv_rows(path):
    """Return (header, data rows as lists) of a CSV file; fully blank lines are dropped."""
    _, text = csv_text(path)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, data = rows[0], [row for row in rows[1:] if any(cell != "" for cell in row)]
    for number, row in enumerate(data, start=2):
        if len(row) != len(header):
            raise ValueError(f"{path}: data row {number} has {len(row)} cells, header has {len(header)}")
    return header, data


def line_endings(raw):
    crlf = raw.count(b"\r\n")
    return {"bom": raw.startswith(b"\xef\xbb\xbf"), "crlf": crlf, "lf": raw.count(b"\n") - crlf}


def mdy_time(text):
    """Parse M/D/YYYY or MM/DD/YY with an optional H:MM and AM/PM into a datetime."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?: ([AP]M))?)?", text)
    if not match:
        raise ValueError(f"invalid US date {text!r}")
    hour = int(match[4] or 0) % 12 if match[6] else int(match[4] or 0)
    if match[6] == "PM":
        hour += 12
    return dt.datetime.combine(mdy(text), dt.time(hour, int(match[5] or 0)))


def mdy(text):
    """Parse M/D/YYYY or MM/DD/YY with an optional time; two-digit years are 20YY."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?: ([AP]M))?)?", text)
    if not match:
        raise ValueError(f"invalid US date {text!r}")
    year = int(match[3])
    if year < 100:
        year += 2000
    return dt.date(year, int(match[1]), int(match[2]))


# ---------------------------------------------------------------- XLSX

def is_date_format(format_id, custom_codes):
    if 14 <= format_id <= 22 or 45 <= format_id <= 47:
        return True
    code = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", custom_codes.get(format_id, ""))
    return bool(re.search(r"[dmyhs]", code, re.IGNORECASE))


def column_index(ref):
    letters = re.match(r"[A-Z]+", ref)[0]
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def xlsx_sheets(path):
    """Return {sheet name: {"dimension", "rows": {row number: {col index: cell}}}} in workbook order.

    A cell is a dict with kind (s, inlineStr, n, str, b, e), value (text, float, or date for
    date-formatted numbers), formula (text or None) and the raw <v> text.
    """
    with zipfile.ZipFile(path) as book:
        workbook = ET.fromstring(book.read("xl/workbook.xml"))
        rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
        targets = {rel.get("Id"): rel.get("Target") for rel in rels}
        names = book.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            shared = [
                "".join(node.text or "" for node in item.iter(f"{{{MAIN}}}t"))
                for item in ET.fromstring(book.read("xl/sharedStrings.xml")).findall("m:si", NS)
            ]
        styles = ET.fromstring(book.read("xl/styles.xml"))
        custom = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
        xfs = styles.findall("m:cellXfs/m:xf", NS)
        date_style = [is_date_format(int(xf.get("numFmtId", "0")), custom) for xf in xfs]
        format_code = [custom.get(int(xf.get("numFmtId", "0")), f"builtin {xf.get('numFmtId', '0')}") for xf in xfs]

        result = {}
        for sheet in workbook.iterfind("m:sheets/m:sheet", NS):
            target = targets[sheet.get(REL)].lstrip("/")
            part = target if target.startswith("xl/") else f"xl/{target}"
            root = ET.fromstring(book.read(part))
            dimension = root.find("m:dimension", NS)
            rows = {}
            for row in root.iterfind("m:sheetData/m:row", NS):
                cells = {}
                for cell in row.findall("m:c", NS):
                    kind = cell.get("t", "n")
                    raw = cell.findtext("m:v", None, NS)
                    formula = cell.findtext("m:f", None, NS)
                    style = int(cell.get("s", "0"))
                    if kind == "s":
                        value = shared[int(raw)]
                    elif kind == "inlineStr":
                        value = "".join(node.text or "" for node in cell.iter(f"{{{MAIN}}}t"))
                    elif kind in ("str", "b", "e"):
                        value = raw
                    elif raw is None:
                        value = None
                    elif date_style[style]:
                        value = EXCEL_EPOCH + dt.timedelta(days=int(float(raw)))
                    else:
                        value = float(raw)
                    cells[column_index(cell.get("r"))] = {
                        "kind": kind, "value": value, "raw": raw, "formula": formula, "format": format_code[style],
                    }
                rows[int(row.get("r"))] = cells
            result[sheet.get("name")] = {"dimension": dimension.get("ref") if dimension is not None else None, "rows": rows}
        return result


def filled(cell):
    return cell is not None and cell["value"] not in (None, "")


def sheet_table(sheet, header_row):
    """Return the headers and a (sheet row, {header: value}) pair per row below header_row.

    Rows up to the end of the dimension are included, and a row without values is None.
    """
    rows = sheet["rows"]
    header_cells = rows[header_row]
    headers = {col: cell["value"] for col, cell in header_cells.items() if filled(cell)}
    last = int(re.search(r"(\d+)$", sheet["dimension"])[1])
    table = []
    for number in range(header_row + 1, last + 1):
        cells = rows.get(number, {})
        values = {headers[col]: cell["value"] for col, cell in cells.items() if col in headers and filled(cell)}
        table.append((number, values or None))
    return [headers[col] for col in sorted(headers)], table


def last_of_each(records, key):
    """Keep the last record of each key, in the order of those last records."""
    last = {}
    for index, record in enumerate(records):
        last[record[key]] = index
    return [record for index, record in enumerate(records) if last[record[key]] == index]


def iso(day):
    return day.isoformat() if day else None


# ---------------------------------------------------------------- files

def maven(data):
    raw, _ = csv_text(data / "maven-crm/sales_pipeline.csv")
    header, rows = csv_rows(data / "maven-crm/sales_pipeline.csv")
    col = {name: index for index, name in enumerate(header)}
    others = {}
    for name in ("accounts", "products", "sales_teams", "data_dictionary"):
        other_header, other_rows = csv_rows(data / f"maven-crm/{name}.csv")
        others[name] = {"header": other_header, "rows": len(other_rows)}
    mdy_raw, _ = csv_text(data / "maven-crm-excel-mdy/sales_pipeline.csv")
    _, mdy_rows = csv_rows(data / "maven-crm-excel-mdy/sales_pipeline.csv")
    return {
        "header": header,
        "rows": len(rows),
        "lineEndings": line_endings(raw),
        "stages": Counter(row[col["deal_stage"]] for row in rows),
        "distinctIds": len({row[col["opportunity_id"]] for row in rows}),
        "accountBlank": sum(row[col["account"]] == "" for row in rows),
        "engageBlank": sum(row[col["engage_date"]] == "" for row in rows),
        "closeBlank": sum(row[col["close_date"]] == "" for row in rows),
        "lostWithValueZero": sum(row[col["deal_stage"]] == "Lost" and row[col["close_value"]] == "0" for row in rows),
        "gtxPro": sum(row[col["product"]] == "GTXPro" for row in rows),
        "firstRow": rows[0],
        "others": others,
        "mdy": {"rows": len(mdy_rows), "lineEndings": line_endings(mdy_raw), "firstRow": mdy_rows[0]},
    }


def maven_xlsx(data):
    sheets = xlsx_sheets(data / "maven-crm-xlsx/sales_pipeline.xlsx")
    sheet = sheets["sales_pipeline"]
    headers, table = sheet_table(sheet, 1)
    zero_row = next(number for number, values in table if values and values["opportunity_id"] == "0E761F02")
    zero_cell = sheet["rows"][zero_row][0]
    numeric_looking = sum(
        1 for _, values in table if values and re.fullmatch(r"\d+(E\d+)?", values["opportunity_id"])
    )
    first = sheet["rows"][2]
    return {
        "sheets": list(sheets),
        "dimension": sheet["dimension"],
        "rows": sum(values is not None for _, values in table),
        "zeroId": {"row": zero_row, "kind": zero_cell["kind"], "value": zero_cell["value"]},
        "idsThatLookNumeric": numeric_looking,
        "firstRow": {"engage": iso(first[5]["value"]), "engageFormat": first[5]["format"], "close": iso(first[6]["value"]), "value": first[7]["value"]},
    }


def ptv(data):
    sheet = xlsx_sheets(data / "ptv-revops-xlsx/opportunities.xlsx")["Sheet1"]
    headers, table = sheet_table(sheet, 1)
    records = [dict(values, _row=number) for number, values in table if values]
    as_of = dt.date(2026, 1, 20)

    def past_due(record):
        return record["Status"] == "Open" and record["CloseDate"] < as_of

    last_rows = last_of_each(records, "ID")
    repeats = Counter(record["ID"] for record in records)
    columns_with_cells = sorted({col for cells in sheet["rows"].values() for col in cells})
    last = records[-1]
    repeated = next(record["ID"] for record in records if repeats[record["ID"]] == 3)
    return {
        "dimension": sheet["dimension"],
        "repeatedIdExample": [
            {"row": r["_row"], "acv": r["ACV"], "status": r["Status"], "close": iso(r["CloseDate"]), "product": r.get("ProductName")}
            for r in records if r["ID"] == repeated
        ],
        "repeatedId": repeated,
        "headers": headers,
        "columnsWithCells": columns_with_cells,
        "rows": len(records),
        "blankRows": sum(values is None for _, values in table),
        "distinctIds": len(repeats),
        "idsRepeating": sum(count > 1 for count in repeats.values()),
        "duplicateRows": len(records) - len(repeats),
        "productBlank": sum("ProductName" not in record for record in records),
        "status": Counter(record["Status"] for record in records),
        "statusOfLastRows": Counter(record["Status"] for record in last_rows),
        "startAfterClose": sum(record["StartDate"] > record["CloseDate"] for record in records),
        "pastDueAllRows": sum(past_due(record) for record in records),
        "pastDueLastRows": sum(past_due(record) for record in last_rows),
        "pastDueLastRowsAcv": sum(record["ACV"] for record in last_rows if past_due(record)),
        "acvByStatusOfLastRows": {status: sum(r["ACV"] for r in last_rows if r["Status"] == status) for status in ("Open", "Won", "Lost")},
        "acvAllRows": {status: sum(r["ACV"] for r in records if r["Status"] == status) for status in ("Open", "Won", "Lost")},
        "lastRow": {"row": last["_row"], "id": last["ID"], "acv": last["ACV"], "status": last["Status"], "close": iso(last["CloseDate"]), "start": iso(last["StartDate"])},
    }


def devorg(data):
    header, rows = csv_rows(data / "salesforce-devorg-powerbi/Opportunity.csv")
    records = [dict(zip(header, row)) for row in rows]
    raw, _ = csv_text(data / "salesforce-devorg-powerbi/Opportunity.csv")

    def kind(record):
        if record["IsWon"] == "TRUE":
            return "won"
        return "lost" if record["IsClosed"] == "TRUE" else "open"

    blank_amount = [record for record in records if record["Amount"] == ""]
    as_of = dt.date(2026, 3, 1)
    history_header, history_rows = csv_rows(data / "salesforce-devorg-powerbi/OpportunityHistory.csv")
    history = [dict(zip(history_header, row), _row=number) for number, row in enumerate(history_rows, start=2)]
    last_rows = last_of_each(history, "OpportunityId")
    # The latest row by CreatedDate (the time of the stage change), the later row on ties.
    latest = {}
    for r in history:
        key = r["OpportunityId"]
        if key not in latest or mdy_time(r["CreatedDate"]) >= mdy_time(latest[key]["CreatedDate"]):
            latest[key] = r
    latest_rows = list(latest.values())
    stage_kind = {"Closed Won": "won", "Closed Lost": "lost"}
    current = {record["Id"]: record["StageName"] for record in records}
    account_header, account_rows = csv_rows(data / "salesforce-devorg-powerbi/Account.csv")
    return {
        "rows": len(records),
        "lineEndings": line_endings(raw),
        "stages": Counter(record["StageName"] for record in records),
        "kinds": Counter(kind(record) for record in records),
        "blankAmountKinds": Counter(kind(record) for record in blank_amount),
        "blankAmountRows": [rows.index(row) + 2 for row in rows if row[header.index("Amount")] == ""],
        "firstRow": {key: records[0][key] for key in ("Id", "StageName", "Amount", "Probability", "CloseDate", "CreatedDate", "LastModifiedDate")},
        "firstRowClose": iso(mdy(records[0]["CloseDate"])),
        "probabilities": sorted({int(record["Probability"]) for record in records}),
        "createdAfterCloseRows": [n for n, r in enumerate(records, start=2) if mdy(r["CreatedDate"]) > mdy(r["CloseDate"])],
        "pastDueAt20260301": sum(kind(r) == "open" and mdy(r["CloseDate"]) < as_of for r in records),
        "history": {
            "rows": len(history),
            "distinctOpportunities": len({r["OpportunityId"] for r in history}),
            "duplicateRows": len(history) - len({r["OpportunityId"] for r in history}),
            "kindsOfLastRows": Counter(stage_kind.get(r["StageName"], "open") for r in last_rows),
            "lastRowsDisagreeingWithOpportunity": [
                {"row": r["_row"], "stage": r["StageName"], "current": current[r["OpportunityId"]]}
                for r in last_rows if r["StageName"] != current[r["OpportunityId"]]
            ],
            "pastDueOfLastRowsAt20260301": sum(
                stage_kind.get(r["StageName"], "open") == "open" and mdy(r["CloseDate"]) < as_of for r in last_rows
            ),
            "kindsOfLatestRows": Counter(stage_kind.get(r["StageName"], "open") for r in latest_rows),
            "latestRowsDisagreeingWithOpportunity": sum(r["StageName"] != current[r["OpportunityId"]] for r in latest_rows),
            "closeDates": Counter(r["CloseDate"] for r in history).most_common(3),
            "firstRowCreated": history[0]["CreatedDate"],
            "firstRowCreatedDay": iso(mdy(history[0]["CreatedDate"])),
        },
        "account": {"rows": len(account_rows), "columns": len(account_header)},
    }


def bulk(data):
    path = data / "salesforce-bulk-export/Opportunity.csv"
    raw, _ = csv_text(path)
    header, rows = csv_rows(path)
    records = [dict(zip(header, row)) for row in rows]

    def kind(record):
        if record["IsWon"] == "1":
            return "won"
        return "lost" if record["IsClosed"] == "1" else "open"

    open_zero = Counter(r["StageName"] for r in records if kind(r) == "open" and r["Probability"] == "0")
    account_header, account_rows = csv_rows(data / "salesforce-bulk-export/Account.csv")
    json_cells = sum(cell.startswith("{") for row in account_rows for cell in row)
    first_comma = next((number, r["Name"]) for number, r in enumerate(records, start=2) if "," in r["Name"])
    as_of = dt.date(2024, 5, 15)
    return {
        "rows": len(records),
        "lineEndings": line_endings(raw),
        "firstHeader": header[0],
        "namesWithComma": sum("," in r["Name"] for r in records),
        "firstNameWithComma": first_comma,
        "stages": Counter(r["StageName"] for r in records),
        "kinds": Counter(kind(r) for r in records),
        "flagValues": sorted({r[flag] for r in records for flag in ("IsWon", "IsClosed", "IsDeleted")}),
        "probabilityByStage": {stage: sorted({r["Probability"] for r in records if r["StageName"] == stage}) for stage in sorted({r["StageName"] for r in records})},
        "openWithProbabilityZero": open_zero,
        "blankColumns": [name for name in header if all(r[name] == "" for r in records)],
        "firstRow": {key: records[0][key] for key in ("Id", "StageName", "Amount", "Probability", "CloseDate", "CreatedDate")},
        "pastDueAt20240515": sum(kind(r) == "open" and dt.date.fromisoformat(r["CloseDate"]) < as_of for r in records),
        "account": {"rows": len(account_rows), "columns": len(account_header), "jsonCells": json_cells},
    }


def d365(data):
    path = data / "d365-contoso-coffee/Opportunity.csv"
    raw, _ = csv_text(path)
    header, rows = csv_rows(path)
    records = [dict(zip(header, row)) for row in rows]
    as_of = dt.date(2025, 10, 1)
    goal_path = data / "d365-contoso-coffee/Goal.csv"
    goal_raw, _ = csv_text(goal_path)
    goal_header, goal_rows = csv_rows(goal_path)
    goals = [dict(zip(goal_header, row)) for row in goal_rows]

    def target(text):
        cleaned = text.replace("$", "").replace(",", "").strip()
        return float(cleaned) if cleaned else None

    def quarter_goals(start, end, team_only):
        return sum(
            target(g["Target"]) or 0
            for g in goals
            if g["From"] == start and g["To"] == end and (g["Parent Goal"] == "" or not team_only)
        )

    account_header, account_rows = csv_rows(data / "d365-contoso-coffee/Account.csv")
    return {
        "rows": len(records),
        "lineEndings": line_endings(raw),
        "header": header,
        "status": Counter(r["Status"] for r in records),
        "openStages": Counter(r["Sales Stage"] for r in records if r["Status"] == "Open"),
        "closedStages": Counter(r["Sales Stage"] for r in records if r["Status"] != "Open"),
        "openAt100": sum(r["Status"] == "Open" and r["Probability"] == "100" for r in records),
        "closeWithTime": sum(":" in r["Est. close date"] for r in records),
        "createdWithTime": sum(":" in r["Created On"] for r in records),
        "firstCloseWithTime": next((n, r["Est. close date"]) for n, r in enumerate(records, start=2) if ":" in r["Est. close date"]),
        "currencies": Counter(r["Currency"] for r in records),
        "dealCloseAgent": sum(r["Owner"] == "Deal Close Agent" for r in records),
        "cafe": sum("Café" in r["Topic"] for r in records),
        "cafeMojibake": sum("CafÃ©" in r["Topic"] for r in records),
        "firstLostWithoutActualClose": next((n, r["Est. close date"]) for n, r in enumerate(records, start=2) if r["Status"] == "Lost" and r["Actual Close Date"] == ""),
        "firstOpenAtClose": next((n, r["Est. close date"], r["Est. revenue"], r["Probability"]) for n, r in enumerate(records, start=2) if r["Status"] == "Open" and r["Sales Stage"] == "Close"),
        "firstCafe": next((n, r["Topic"]) for n, r in enumerate(records, start=2) if "Café" in r["Topic"]),
        "firstCafeMojibake": next((n, r["Topic"]) for n, r in enumerate(records, start=2) if "CafÃ©" in r["Topic"]),
        "openFarFromStageDefault": sum(
            r["Status"] == "Open" and abs(int(r["Probability"]) / 100 - D365_STAGE_DEFAULTS[r["Sales Stage"]]) > 0.3 + 1e-9
            for r in records
        ),
        "pastDueAt20251001": sum(r["Status"] == "Open" and mdy(r["Est. close date"]) < as_of for r in records),
        "firstRow": {key: records[0][key] for key in ("Created On", "Status", "Sales Stage", "Est. revenue", "Est. close date", "Actual Close Date", "Probability")},
        "firstRowCreated": iso(mdy(records[0]["Created On"])),
        "goal": {
            "rows": len(goals),
            "lineEndings": line_endings(goal_raw),
            "header": goal_header,
            "targetsZero": sum(target(g["Target"]) == 0 for g in goals),
            "targetsBlank": sum(g["Target"].strip() == "" for g in goals),
            "firstTarget": goals[0]["Target"],
            "teamGoals": sum(g["Parent Goal"] == "" for g in goals),
            "q3Fy2025All": quarter_goals("7/1/2025", "9/30/2025", False),
            "q3Fy2025Team": quarter_goals("7/1/2025", "9/30/2025", True),
        },
        "account": {"rows": len(account_rows), "header": account_header},
    }


def superstore(data):
    sheets = xlsx_sheets(data / "superstore-pipeline-xlsx/Sales Pipeline.xlsx")
    sheet = sheets["Sales Pipeline"]
    headers, table = sheet_table(sheet, 2)
    records = [dict(values, _row=number) for number, values in table if values]
    last_rows = last_of_each(records, "Opportunity ID")
    repeats = Counter(r["Opportunity ID"] for r in records)

    stages_per_id = {}
    for r in records:
        stages_per_id.setdefault(r["Opportunity ID"], set()).add(r["Deal Stage"])
    noisy = next(r for r in records if r["_row"] == 4)
    repeated = records[0]["Opportunity ID"]
    repeated_rows = [r for r in records if r["Opportunity ID"] == repeated]

    lead = sheets["Sales Lead_Stage"]
    lead_headers, lead_table = sheet_table(lead, 2)
    row1 = sheet["rows"][1]

    return {
        "sheets": list(sheets),
        "dimension": sheet["dimension"],
        "row1": {col: {"formula": cell["formula"], "value": cell["raw"]} for col, cell in row1.items() if cell["raw"] or cell["formula"]},
        "headers": headers,
        "rows": len(records),
        "blankRows": sum(values is None for _, values in table),
        "firstDataRow": records[0]["_row"],
        "lastDataRow": records[-1]["_row"],
        "stages": Counter(r["Deal Stage"] for r in records),
        "stagesOfLastRows": Counter(r["Deal Stage"] for r in last_rows),
        "distinctIds": len(repeats),
        "idsRepeating": sum(count > 1 for count in repeats.values()),
        "maxRepeat": max(repeats.values()),
        "duplicateRows": len(records) - len(repeats),
        "idsWithSeveralStages": sum(len(stages) > 1 for stages in stages_per_id.values()),
        "repeatedIdExample": {
            "id": repeated,
            "rows": [r["_row"] for r in repeated_rows],
            "amounts": [r["Sales Amount"] for r in repeated_rows],
            "stages": sorted({r["Deal Stage"] for r in repeated_rows}),
        },
        "lastRow": {
            "row": records[-1]["_row"], "id": records[-1]["Opportunity ID"], "stage": records[-1]["Deal Stage"],
            "amountRaw": sheet["rows"][records[-1]["_row"]][8]["raw"],
            "created": iso(records[-1]["Created Date"]), "closed": iso(records[-1]["Closed Date"]),
        },
        "closeBeforeCreated": sum(r["Closed Date"] < r["Created Date"] for r in records),
        "pastDueOfLastRowsAt20250101": sum(
            r["Deal Stage"] in ("Negotiating", "Proposing") and r["Closed Date"] < dt.date(2025, 1, 1) for r in last_rows
        ),
        "closeBeforeCreatedLastRows": sum(r["Closed Date"] < r["Created Date"] for r in last_rows),
        "amountAllRows": round(sum(r["Sales Amount"] for r in records), 4),
        "amountLastRows": round(sum(r["Sales Amount"] for r in last_rows), 4),
        "amountLastRowsByStage": {stage: round(sum(r["Sales Amount"] for r in last_rows if r["Deal Stage"] == stage), 4) for stage in sorted({r["Deal Stage"] for r in last_rows})},
        "row4": {"id": noisy["Opportunity ID"], "amountRaw": sheet["rows"][4][8]["raw"], "stage": noisy["Deal Stage"], "created": iso(noisy["Created Date"]), "closed": iso(noisy["Closed Date"]), "createdFormat": sheet["rows"][4][3]["format"], "closedFormat": sheet["rows"][4][4]["format"]},
        "leadStage": {"dimension": lead["dimension"], "headers": lead_headers, "rows": sum(v is not None for _, v in lead_table), "blankRows": sum(v is None for _, v in lead_table), "formulaColumnsRow3": sorted(col for col, cell in lead["rows"][3].items() if cell["formula"])},
    }


def cn_template(data):
    sheets = xlsx_sheets(data / "cn-insight-template/商机导入模板.xlsx")
    sheet = sheets["商机数据"]
    headers, table = sheet_table(sheet, 1)
    empty_inline = sum(
        1 for cells in sheet["rows"].values() for cell in cells.values() if cell["kind"] == "inlineStr" and cell["value"] == ""
    )
    samples = [values for number, values in table if number >= 3 and values]
    with zipfile.ZipFile(data / "cn-insight-template/商机导入模板.xlsx") as book:
        root = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    drop_downs = {
        rule.get("sqref"): rule.findtext("m:formula1", "", NS).strip('"').split(",")
        for rule in root.iterfind("m:dataValidations/m:dataValidation", NS)
    }
    return {
        "sheets": list(sheets),
        "headers": headers,
        "rowsBelowHeader": sum(values is not None for _, values in table),
        "instructionRow": table[0][1],
        "samples": samples,
        "emptyInlineStrings": empty_inline,
        "dropDowns": drop_downs,
        "amountSum": sum(row["预计金额（万元）"] for row in samples),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[4] / "shared/data/real",
                        help="folder that contains the maven-crm, d365-contoso-coffee, ... folders")
    args = parser.parse_args()
    figures = {
        "maven-crm": maven(args.data),
        "maven-crm-xlsx": maven_xlsx(args.data),
        "ptv-revops-xlsx": ptv(args.data),
        "salesforce-devorg-powerbi": devorg(args.data),
        "salesforce-bulk-export": bulk(args.data),
        "d365-contoso-coffee": d365(args.data),
        "superstore-pipeline-xlsx": superstore(args.data),
        "cn-insight-template": cn_template(args.data),
    }
    print(json.dumps(figures, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
