import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataQualitySectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontVariantNumeric: "tabular-nums", margin: 0, textAlign: "right" },
  cleanShare: { fontWeight: tokens.fontWeightSemibold },
  issues: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
