import { makeStyles, tokens } from "@fluentui/react-components";

export const useReviewSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
  // The pane is about 320 to 380 pixels wide, so a table wider than that scrolls sideways instead of squeezing its columns.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Fluent's table is fixed-layout at 100% width, which splits the pane evenly between columns and cuts the text.
  table: { tableLayout: "auto", width: "max-content", minWidth: "100%" },
  cell: { whiteSpace: "nowrap" },
  // A CRM deal name can run to 60 characters or more, which would push the amounts out of the pane.
  truncated: { display: "block", maxWidth: "160px", overflow: "hidden", textOverflow: "ellipsis" },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  headerNumeric: { justifyContent: "flex-end", textAlign: "right" },
});
