import { makeStyles, tokens } from "@fluentui/react-components";

export const useReviewSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
  // Task panes are narrow (380 pixels in the preview), so a wider table scrolls sideways instead of squeezing its columns.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Fluent's Table (@fluentui/react-table 9.19) is fixed-layout at 100% width, which splits the pane evenly between columns and cuts the text.
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  cell: { whiteSpace: "nowrap" },
  // Deal names in a Salesforce export run to about 60 characters and owners can be 18-character user ids, which would push the amounts out of the pane.
  truncated: { display: "block", maxWidth: "12em", overflow: "hidden", textOverflow: "ellipsis" },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  headerNumeric: { justifyContent: "flex-end", textAlign: "right" },
});
