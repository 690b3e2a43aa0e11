import { makeStyles, tokens } from "@fluentui/react-components";

export const useHealthSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  dimensions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0 },
  dimension: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { color: tokens.colorNeutralForeground2 },
  status: { margin: 0, justifySelf: "end" },
  explanation: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3, margin: 0 },
});
