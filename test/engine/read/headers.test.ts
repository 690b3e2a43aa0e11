import { columnLetter, fieldForHeader, findHeader, guessCrm, headerScale, mapHeaders, normalizeHeader, type CrmGuess } from "../../../src/engine/read/headers";
import type { DealField } from "../../../src/engine/types";

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
    // Short headers of hand-kept sheets.
    ["Close", "close"],
    ["Closing Date", "close"],
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

  test.each([
    "Description",
    "Status Reason",
    "Revenue",
    "",
    "（万元）",
    "Actual Revenue",
    "pipeline",
    "hs_lastmodifieddate",
    "Next activity date",
    "Age",
    "Stage Duration",
    "所属部门",
    "输单原因",
    "Organization - Name",
  ])("fieldForHeader ignores %j", (header) => {
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

  test("chosen header wins over a guess", () => {
    const mapping = mapHeaders(["Amount", "Contract Value"], { amount: "Contract Value" });
    expect(mapping.get("amount")).toBe(1);
  });

  test("chosen header compared like a guess", () => {
    const mapping = mapHeaders(["Amount", "Contract Value"], { amount: " contract_VALUE " });
    expect(mapping.get("amount")).toBe(1);
  });

  test("chosen column not guessed for another field", () => {
    // "Stage" would be the stage column, but the user reads it as the status.
    const mapping = mapHeaders(["Stage", "Amount"], { status: "Stage" });
    expect(mapping.get("status")).toBe(0);
    expect(mapping.has("stage")).toBe(false);
  });

  test("chosen header missing leaves the guess", () => {
    const mapping = mapHeaders(["Amount"], { amount: "Contract Value" });
    expect(mapping.get("amount")).toBe(0);
  });

  test("empty chosen header unmaps the field", () => {
    const mapping = mapHeaders(["Deal ID", "Stage", "Amount"], { id: "" });
    expect(mapping.has("id")).toBe(false);
  });

  test("closed date alone serves as close", () => {
    const mapping = mapHeaders(["Stage", "Amount", "Closed Date"]);
    expect(mapping.get("close")).toBe(2);
    expect(mapping.has("actualClose")).toBe(false);
  });

  test("closed date beside an expected close stays actual", () => {
    const mapping = mapHeaders(["Stage", "Amount", "Closed Date", "Expected Closing"]);
    expect(mapping.get("close")).toBe(3);
    expect(mapping.get("actualClose")).toBe(2);
  });

  test("chosen actual close stays actual", () => {
    const mapping = mapHeaders(["Stage", "Amount", "Closed Date"], { actualClose: "Closed Date" });
    expect(mapping.get("actualClose")).toBe(2);
    expect(mapping.has("close")).toBe(false);
  });
});

describe("findHeader", () => {
  test("exact text first", () => {
    // Both normalize to "amount"; the exact text wins over the earlier near match.
    expect(findHeader(["Amount (%)", "Amount"], "Amount")).toBe(1);
  });

  test("normalized text second", () => {
    expect(findHeader(["Deal ID", "Contract Value"], "contract value")).toBe(1);
  });

  test("missing header is -1", () => {
    expect(findHeader(["Deal ID"], "Contract Value")).toBe(-1);
  });

  test("blank text is -1", () => {
    expect(findHeader(["", "Deal ID"], "  ")).toBe(-1);
  });
});

/** Returns the header of each mapped field, so that a failure shows names rather than indexes. */
function mappedHeaders(headers: string[]): Partial<Record<DealField, string>> {
  const result: Partial<Record<DealField, string>> = {};
  for (const [field, index] of mapHeaders(headers)) result[field] = headers[index];
  return result;
}

interface CrmCase {
  label: string;
  headers: string[];
  fields: Partial<Record<DealField, string>>;
  crm: CrmGuess;
}

// Header rows as each CRM exports them, with the columns each must leave unmapped.
const CRM_CASES: CrmCase[] = [
  {
    label: "Salesforce report",
    headers: ["Opportunity Name", "Account Name", "Opportunity Owner", "Stage", "Amount", "Probability (%)", "Close Date", "Created Date", "Last Activity", "Next Step", "Age", "Stage Duration", "Fiscal Period"],
    fields: {
      name: "Opportunity Name",
      account: "Account Name",
      owner: "Opportunity Owner",
      stage: "Stage",
      amount: "Amount",
      probability: "Probability (%)",
      close: "Close Date",
      created: "Created Date",
      lastActivity: "Last Activity",
      nextStep: "Next Step",
    },
    crm: "salesforce",
  },
  {
    label: "Salesforce Data Loader",
    headers: ["Id", "IsDeleted", "AccountId", "Name", "Description", "StageName", "Amount", "Probability", "CloseDate", "Type", "NextStep", "IsClosed", "IsWon", "ForecastCategoryName", "OwnerId", "CreatedDate", "LastModifiedDate", "LastActivityDate"],
    fields: {
      id: "Id",
      account: "AccountId",
      name: "Name",
      stage: "StageName",
      amount: "Amount",
      probability: "Probability",
      close: "CloseDate",
      nextStep: "NextStep",
      isClosed: "IsClosed",
      isWon: "IsWon",
      owner: "OwnerId",
      created: "CreatedDate",
      lastActivity: "LastActivityDate",
    },
    crm: "salesforce",
  },
  {
    label: "HubSpot internal names",
    headers: [
      "hs_object_id",
      "dealname",
      "amount",
      "dealstage",
      "pipeline",
      "closedate",
      "createdate",
      "hs_lastmodifieddate",
      "notes_last_contacted",
      "notes_last_updated",
      "hubspot_owner_id",
      "hs_deal_stage_probability",
      "hs_next_step",
      "hs_is_closed_won",
      "hs_is_closed",
    ],
    fields: {
      id: "hs_object_id",
      name: "dealname",
      amount: "amount",
      stage: "dealstage",
      close: "closedate",
      created: "createdate",
      // notes_last_updated is HubSpot's "Last Activity Date" and ranks above "Last Contacted".
      lastActivity: "notes_last_updated",
      owner: "hubspot_owner_id",
      probability: "hs_deal_stage_probability",
      nextStep: "hs_next_step",
      isWon: "hs_is_closed_won",
      isClosed: "hs_is_closed",
    },
    crm: "hubspot",
  },
  {
    label: "HubSpot display names",
    headers: ["Record ID", "Deal Name", "Deal Stage", "Pipeline", "Close Date", "Create Date", "Deal owner", "Amount", "Last Activity Date", "Next Step"],
    fields: {
      id: "Record ID",
      name: "Deal Name",
      stage: "Deal Stage",
      close: "Close Date",
      created: "Create Date",
      owner: "Deal owner",
      amount: "Amount",
      lastActivity: "Last Activity Date",
      nextStep: "Next Step",
    },
    crm: "hubspot",
  },
  {
    label: "Pipedrive",
    headers: ["Title", "Value", "Currency of Value", "Stage", "Status", "Expected close date", "Owner", "Organization", "Deal created", "Last activity date", "Won time", "Lost time", "Next activity date", "Probability"],
    fields: {
      name: "Title",
      amount: "Value",
      currency: "Currency of Value",
      stage: "Stage",
      status: "Status",
      close: "Expected close date",
      owner: "Owner",
      account: "Organization",
      created: "Deal created",
      lastActivity: "Last activity date",
      actualClose: "Won time",
      probability: "Probability",
    },
    crm: "pipedrive",
  },
  {
    label: "Pipedrive with Deal prefix",
    headers: [
      "Deal - ID",
      "Deal - Title",
      "Deal - Value",
      "Deal - Currency of value",
      "Deal - Stage",
      "Deal - Status",
      "Deal - Owner",
      "Deal - Organization",
      "Deal - Expected close date",
      "Deal - Deal created",
      "Deal - Won time",
      "Deal - Lost time",
      "Deal - Deal closed on",
      "Deal - Last stage change",
      "Deal - Next activity date",
      "Deal - Probability",
    ],
    fields: {
      id: "Deal - ID",
      name: "Deal - Title",
      amount: "Deal - Value",
      currency: "Deal - Currency of value",
      stage: "Deal - Stage",
      status: "Deal - Status",
      owner: "Deal - Owner",
      account: "Deal - Organization",
      close: "Deal - Expected close date",
      created: "Deal - Deal created",
      // "Deal closed on" covers won and lost deals, so it ranks above "Won time".
      actualClose: "Deal - Deal closed on",
      stageEntered: "Deal - Last stage change",
      probability: "Deal - Probability",
    },
    crm: "pipedrive",
  },
  {
    label: "Odoo",
    headers: ["Opportunity", "Customer", "Salesperson", "Stage", "Expected Revenue", "Probability", "Expected Closing", "Created on", "Last Stage Update", "Closed Date"],
    fields: {
      name: "Opportunity",
      account: "Customer",
      owner: "Salesperson",
      stage: "Stage",
      amount: "Expected Revenue",
      probability: "Probability",
      close: "Expected Closing",
      created: "Created on",
      stageEntered: "Last Stage Update",
      actualClose: "Closed Date",
    },
    crm: "odoo",
  },
  {
    label: "Dynamics 365",
    headers: ["Topic", "Potential Customer", "Owner", "Pipeline Phase", "Status", "Status Reason", "Est. Revenue", "Actual Revenue", "Est. Close Date", "Actual Close Date", "Probability", "Created On"],
    fields: {
      name: "Topic",
      account: "Potential Customer",
      owner: "Owner",
      stage: "Pipeline Phase",
      status: "Status",
      amount: "Est. Revenue",
      close: "Est. Close Date",
      actualClose: "Actual Close Date",
      probability: "Probability",
      created: "Created On",
    },
    crm: "dynamics365",
  },
  {
    label: "Chinese CRM",
    headers: ["商机名称", "客户名称", "销售阶段", "商机状态", "预计成交金额", "预计成交日期", "赢率", "负责人", "所属部门", "创建时间", "最后跟进时间", "阶段变更时间", "输单原因"],
    fields: {
      name: "商机名称",
      account: "客户名称",
      stage: "销售阶段",
      status: "商机状态",
      amount: "预计成交金额",
      close: "预计成交日期",
      probability: "赢率",
      owner: "负责人",
      created: "创建时间",
      lastActivity: "最后跟进时间",
      stageEntered: "阶段变更时间",
    },
    crm: "chinese",
  },
  {
    label: "Chinese CRM, other names",
    headers: ["商机名称", "商机阶段", "商机金额", "结单日期", "负责人"],
    fields: { name: "商机名称", stage: "商机阶段", amount: "商机金额", close: "结单日期", owner: "负责人" },
    crm: "chinese",
  },
  {
    label: "Maven CRM sample",
    headers: ["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"],
    fields: {
      id: "opportunity_id",
      owner: "sales_agent",
      account: "account",
      stage: "deal_stage",
      created: "engage_date",
      close: "close_date",
      amount: "close_value",
    },
    // Only deal_stage is a HubSpot name, and one name is not enough for a guess.
    crm: "unknown",
  },
];

describe.each(CRM_CASES)("$label headers", ({ headers, fields, crm }) => {
  test("map to the expected fields", () => {
    expect(mappedHeaders(headers)).toEqual(fields);
  });

  test("guess the CRM", () => {
    expect(guessCrm(headers)).toBe(crm);
  });
});

describe("guessCrm", () => {
  test("generic headers are unknown", () => {
    expect(guessCrm(["Deal ID", "Stage", "Amount", "Close Date"])).toBe("unknown");
  });

  test("a tie is unknown", () => {
    // Two Salesforce names and two Dynamics 365 names.
    expect(guessCrm(["StageName", "IsWon", "Topic", "Est. Revenue", "Amount"])).toBe("unknown");
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
