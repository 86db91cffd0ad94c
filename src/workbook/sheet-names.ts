/**
 * The names of the add-in's own sheets besides the region sheets and "Übersicht"; no region may
 * take one of them, since every region becomes a sheet of its name.
 */

/** The fill log, one row per fill. */
export const PROTOCOL_SHEET = "Protokoll";
/** The comparison of the four financing models. */
export const COMPARISON_SHEET = "Modellvergleich";
/** The phase-out plan over the years. */
export const PHASE_OUT_SHEET = "Mehrjahresplan";

/** Every output sheet name that is not a region, besides "Übersicht". */
export const EXTRA_OUTPUT_SHEETS: readonly string[] = [
  PROTOCOL_SHEET,
  COMPARISON_SHEET,
  PHASE_OUT_SHEET,
];
