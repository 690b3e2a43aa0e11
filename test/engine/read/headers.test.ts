import { columnLetter, fieldForHeader, headerScale, mapHeaders, normalizeHeader } from "../../../src/engine/read/headers";

describe("fieldForHeader", () => {
  test.each([
    // Salesforce Opportunity export (API names).
    ["StageName", "stage"],
    ["CloseDate", "close"],
    ["IsWon", "isWon"],
    ["IsClosed", "isClosed"],
    ["Amount", "amount"],
    ["Probability", "probability"],
    ["OwnerId", "owner"],
    ["CreatedDate", "created"],
    ["LastActivityDate", "lastActivity"],
    ["NextStep", "nextStep"],
    // HubSpot deal export (internal names).
    ["dealstage", "stage"],
    ["closedate", "close"],
    ["createdate", "created"],
    ["hs_deal_stage_probability", "probability"],
    // Dynamics 365 opportunity export.
    ["Est. revenue", "amount"],
    ["Est. close date", "close"],
    ["Actual Close Date", "actualClose"],
    ["Potential Customer", "account"],
    ["Topic", "name"],
    ["Created On", "created"],
    ["Sales Stage", "stage"],
    // Maven CRM sample.
    ["close_value", "amount"],
    ["deal_stage", "stage"],
    ["engage_date", "created"],
    ["sales_agent", "owner"],
    // Chinese CRMs and hand-kept sheets.
    ["商机阶段", "stage"],
    ["商机编号", "id"],
    ["负责人", "owner"],
    ["预计成交日期", "close"],
    ["赢率", "probability"],
    ["商机状态", "status"],
    ["预计金额（万元）", "amount"],
    ["金额(元)", "amount"],
    ["Probability (%)", "probability"],
    ["Win %", "probability"],
  ])("fieldForHeader maps %j to %s", (header, field) => {
    expect(fieldForHeader(header)?.field).toBe(field);
  });

  test.each([["  close   DATE "], ["CLOSE_DATE"], ["close-date"]])("fieldForHeader ignores case and spacing in %j", (header) => {
    expect(fieldForHeader(header)?.field).toBe("close");
  });

  test.each(["Description", "Status Reason", "Revenue", "", "（万元）"])("fieldForHeader ignores %j", (header) => {
    expect(fieldForHeader(header)).toBeNull();
  });
});

describe("headerScale", () => {
  test.each([
    ["预计金额（万元）", 10000],
    ["金额(万元)", 10000],
    ["金额万元", 10000],
    ["金额（亿元）", 100000000],
    ["Amount (k)", 1000],
    ["Amount ('000)", 1000],
    ["Amount (millions)", 1000000],
    ["金额（元）", 1],
    ["Amount", 1],
  ])("headerScale of %j is %i", (header, expected) => {
    expect(headerScale(header)).toBe(expected);
  });
});

describe("normalizeHeader", () => {
  test("normalizeHeader drops case, spaces and punctuation", () => {
    expect(normalizeHeader(" Est. Close_Date (%) ")).toBe("estclosedate");
  });

  test("normalizeHeader folds full-width brackets", () => {
    expect(normalizeHeader("金额（万元）")).toBe("金额万元");
  });
});

describe("mapHeaders", () => {
  test("Salesforce header row", () => {
    const headers = ["Id", "IsDeleted", "AccountId", "Name", "StageName", "Amount", "Probability", "CloseDate", "IsClosed", "IsWon", "OwnerId"];
    const mapping = mapHeaders(headers);
    expect(mapping.get("id")).toBe(0);
    expect(mapping.get("name")).toBe(3);
    expect(mapping.get("stage")).toBe(4);
    expect(mapping.get("amount")).toBe(5);
    expect(mapping.get("probability")).toBe(6);
    expect(mapping.get("close")).toBe(7);
    expect(mapping.get("isClosed")).toBe(8);
    expect(mapping.get("isWon")).toBe(9);
    expect(mapping.get("owner")).toBe(10);
  });

  test("Dynamics 365 header row", () => {
    const headers = ["Created On", "Topic", "Owner", "Potential Customer", "Status", "Status Reason", "Est. revenue", "Est. close date", "Actual Revenue", "Actual Close Date", "Probability", "Sales Stage"];
    const mapping = mapHeaders(headers);
    expect(mapping.get("created")).toBe(0);
    expect(mapping.get("status")).toBe(4);
    expect(mapping.get("amount")).toBe(6);
    expect(mapping.get("close")).toBe(7);
    expect(mapping.get("actualClose")).toBe(9);
    expect(mapping.get("stage")).toBe(11);
    expect(mapping.size).toBe(10);
  });

  test("more specific name wins a field", () => {
    // "Owner" is the owner field's first name, "OwnerId" a later one.
    const mapping = mapHeaders(["OwnerId", "Owner"]);
    expect(mapping.get("owner")).toBe(1);
  });

  test("each column serves one field", () => {
    const mapping = mapHeaders(["Close Date", "Actual Close Date"]);
    expect(mapping.get("close")).toBe(0);
    expect(mapping.get("actualClose")).toBe(1);
  });

  test("user override wins over a guess", () => {
    const mapping = mapHeaders(["Amount", "Contract Value"], { amount: 1 });
    expect(mapping.get("amount")).toBe(1);
  });

  test("override outside the row is ignored", () => {
    const mapping = mapHeaders(["Amount"], { amount: 5 });
    expect(mapping.get("amount")).toBe(0);
  });
});

describe("columnLetter", () => {
  test.each([
    [0, "A"],
    [25, "Z"],
    // 26 = 1 × 26 + 0.
    [26, "AA"],
    [27, "AB"],
    // 701 = 26 × 26 + 25: the last two-letter column.
    [701, "ZZ"],
    [702, "AAA"],
    // Excel's last column, XFD, is index 16383.
    [16383, "XFD"],
  ])("columnLetter %i is %s", (index, expected) => {
    expect(columnLetter(index)).toBe(expected);
  });
});
