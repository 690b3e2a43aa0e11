import { makeStyles, tokens } from "@fluentui/react-components";

export const usePipelinePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    minHeight: "100%",
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  settings: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0 },
  figure: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  figureLabel: { color: tokens.colorNeutralForeground2 },
  figureValue: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", margin: 0, textAlign: "right" },
  figureNote: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3, margin: 0 },
  coverageRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
  source: { color: tokens.colorNeutralForeground3, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  issues: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});
