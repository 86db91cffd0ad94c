/**
 * Files that are no .xlsx package but are often taken for one: workbooks in the old binary
 * format (.xls) and .xlsx workbooks encrypted with a password. Both are OLE compound files
 * (MS-CFB); an encrypted workbook holds an "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4). The
 * German messages say what to do with them instead of only that they cannot be read.
 */

/** The signature of an OLE compound file. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream name of an encrypted package's encryption information, as UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/** True when `data` starts with the compound file signature. */
function isCompoundFile(data: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, index) => data[index] === byte);
}

/**
 * Returns the German message for a file that is an .xls workbook or an encrypted .xlsx (`label`
 * names the file, e.g. "Die Datei »mappe.xlsx«"), or undefined for any other file.
 */
export function recognizeForeignFile(data: Uint8Array, label: string): string | undefined {
  if (!isCompoundFile(data)) return undefined;
  if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(ENCRYPTION_INFO)) {
    return (
      `${label} ist mit einem Kennwort verschlüsselt und kann ohne Kennwort nicht gelesen werden. ` +
      "Bitte die Datei in Excel öffnen, den Kennwortschutz entfernen (Datei → Informationen → " +
      "Arbeitsmappe schützen → Mit Kennwort verschlüsseln, Kennwort löschen), speichern und erneut versuchen."
    );
  }
  return (
    `${label} ist eine Arbeitsmappe im alten Excel-Format (.xls). Bitte die Datei in Excel oder ` +
    "LibreOffice öffnen, als .xlsx speichern (Datei → Speichern unter → Excel-Arbeitsmappe (*.xlsx)) " +
    "und die .xlsx-Datei verwenden."
  );
}
