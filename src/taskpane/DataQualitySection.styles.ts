import { makeStyles, tokens } from "@fluentui/react-components";

export const useDataQualitySectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  row: {
    display: "grid",
    // The label keeps at least half the width, so a long value such as the list of partly filled columns wraps instead of squeezing it.
    gridTemplateColumns: "minmax(50%, 1fr) auto",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: { fontVariantNumeric: "tabular-nums", margin: 0, textAlign: "right", overflowWrap: "anywhere" },
  cleanShare: { fontWeight: tokens.fontWeightSemibold },
  issues: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
