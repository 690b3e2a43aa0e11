import { makeStyles, tokens } from "@fluentui/react-components";

export const useInsightsSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  figures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  figure: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", margin: 0, textAlign: "right", whiteSpace: "nowrap" },
  note: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3, margin: 0 },
});
