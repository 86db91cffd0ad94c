import { parseArgs } from "../../src/cli/args";

describe("when the command line is valid", () => {
  it.each([
    [
      ["validate", "in.xlsx"],
      { command: "validate", input: "in.xlsx", inPlace: false, json: false },
    ],
    [
      ["validate", "in.xlsx", "--json", "--model", "sockel", "--year", "2028"],
      {
        command: "validate",
        input: "in.xlsx",
        inPlace: false,
        json: true,
        model: "SOCKEL",
        year: 2028,
      },
    ],
    [
      ["fill", "in.xlsx", "-o", "out.xlsx"],
      { command: "fill", input: "in.xlsx", output: "out.xlsx", inPlace: false, json: false },
    ],
    [
      ["--json", "fill", "--output=out/x.xlsx", "in.xlsx", "--model=KORRIDOR"],
      {
        command: "fill",
        input: "in.xlsx",
        output: "out/x.xlsx",
        inPlace: false,
        json: true,
        model: "KORRIDOR",
      },
    ],
    [
      ["fill", "in.xlsx", "--in-place"],
      { command: "fill", input: "in.xlsx", output: "in.xlsx", inPlace: true, json: false },
    ],
    [
      ["fill", "-o", "out.xlsx", "--", "-seltsam.xlsx"],
      { command: "fill", input: "-seltsam.xlsx", output: "out.xlsx", inPlace: false, json: false },
    ],
    [
      ["fill", "in.xlsx", "--in-place", "--user", "Erika Mustermann"],
      {
        command: "fill",
        input: "in.xlsx",
        output: "in.xlsx",
        inPlace: true,
        json: false,
        user: "Erika Mustermann",
      },
    ],
    [["compare", "in.xlsx"], { command: "compare", input: "in.xlsx", inPlace: false, json: false }],
    [
      ["plan", "in.xlsx", "--standard-layout"],
      { command: "plan", input: "in.xlsx", inPlace: false, json: false, standardLayout: true },
    ],
    [
      ["compare", "in.xlsx", "--json", "-o", "vergleich.xlsx", "--year", "2028"],
      {
        command: "compare",
        input: "in.xlsx",
        output: "vergleich.xlsx",
        inPlace: false,
        json: true,
        year: 2028,
      },
    ],
    [
      ["plan", "in.xlsx", "--model", "EINWOHNER", "-o", "plan.xlsx"],
      {
        command: "plan",
        input: "in.xlsx",
        output: "plan.xlsx",
        inPlace: false,
        json: false,
        model: "EINWOHNER",
      },
    ],
    [
      ["annex", "in.xlsx", "-o", "anlage.docx"],
      {
        command: "annex",
        input: "in.xlsx",
        output: "anlage.docx",
        inPlace: false,
        json: false,
        annex: { withComparison: false, withPlan: false, pdf: false },
      },
    ],
    [
      [
        "annex",
        "in.xlsx",
        "--with-plan",
        "-o",
        "anlage.DOCX",
        "--pdf",
        "--with-comparison",
        "--year",
        "2028",
      ],
      {
        command: "annex",
        input: "in.xlsx",
        output: "anlage.DOCX",
        inPlace: false,
        json: false,
        year: 2028,
        annex: { withComparison: true, withPlan: true, pdf: true },
      },
    ],
  ])("parses %j", (argv, options) => {
    expect(parseArgs(argv)).toEqual({ kind: "run", options });
  });
});

describe("when help or the version is asked for", () => {
  it.each([[["--help"]], [["-h"]], [["fill", "x.xlsx", "--help"]], [["--unbekannt", "-h"]]])(
    "gives help for %j",
    (argv) => {
      expect(parseArgs(argv)).toEqual({ kind: "help" });
    }
  );

  it.each([[["--version"]], [["-V"]], [["validate", "-V"]]])("gives the version for %j", (argv) => {
    expect(parseArgs(argv)).toEqual({ kind: "version" });
  });
});

describe("when the command line is wrong", () => {
  it.each([
    [[], "Befehl fehlt: validate, fill, compare, plan oder annex (Hilfe: sr-budget --help)."],
    [
      ["pruefen", "in.xlsx"],
      "Unbekannter Befehl »pruefen« (erlaubt: validate, fill, compare, plan, annex).",
    ],
    [["validate"], "Eingabedatei fehlt (Hilfe: sr-budget --help)."],
    [["validate", "a.xlsx", "b.xlsx"], "Zu viele Argumente: »b.xlsx«."],
    [
      ["validate", "in.xlsx", "--verbose"],
      "Unbekannte Option »--verbose« (Hilfe: sr-budget --help).",
    ],
    [["validate", "in.xlsx", "-x"], "Unbekannte Option »-x« (Hilfe: sr-budget --help)."],
    [["validate", "in.xlsx", "--json=ja"], "Die Option »--json« erwartet keinen Wert."],
    [
      ["validate", "in.xlsx", "--standard-layout=nein"],
      "Die Option »--standard-layout« erwartet keinen Wert.",
    ],
    [["validate", "in.xlsx", "--model"], "Die Option »--model« braucht einen Wert."],
    [["validate", "in.xlsx", "--year", "--json"], "Die Option »--year« braucht einen Wert."],
    [
      ["validate", "in.xlsx", "--model", "GLEICH"],
      "Unbekanntes Finanzierungsmodell »GLEICH« (erlaubt: EINWOHNER, BELASTUNG, SOCKEL, KORRIDOR).",
    ],
    [
      ["validate", "in.xlsx", "--year", "27"],
      "»27« ist kein Haushaltsjahr; --year erwartet z. B. 2027.",
    ],
    [
      ["validate", "in.xlsx", "--year", "2027", "--year=2028"],
      "Die Option »--year« ist mehrfach angegeben.",
    ],
    [
      ["validate", "in.xlsx", "-o", "out.xlsx"],
      "Die Option »-o« gibt es nur bei fill, compare, plan und annex.",
    ],
    [["compare", "in.xlsx", "--in-place"], "Die Option »--in-place« gibt es nur bei fill."],
    [["plan", "in.xlsx", "--user", "Erika"], "Die Option »--user« gibt es nur bei fill."],
    [
      ["compare", "in.xlsx", "--model", "SOCKEL"],
      "compare vergleicht alle vier Modelle; die Option »--model« passt nicht.",
    ],
    [
      ["plan", "in.xlsx", "-o", "in.xlsx"],
      "Die Ausgabedatei ist die Eingabedatei; plan schreibt nur in eine Kopie.",
    ],
    [["compare", "in.xlsx", "-o", "out.ods"], "Die Ausgabedatei »out.ods« muss auf .xlsx enden."],
    [["validate", "in.xlsx", "--in-place"], "Die Option »--in-place« gibt es nur bei fill."],
    [["annex", "in.xlsx"], "Ausgabedatei fehlt: -o <anlage.docx> angeben."],
    [
      ["annex", "in.xlsx", "-o", "anlage.pdf"],
      "Die Ausgabedatei »anlage.pdf« muss auf .docx enden.",
    ],
    [["annex", "in.xlsx", "--in-place"], "Die Option »--in-place« gibt es nur bei fill."],
    [
      ["annex", "in.xlsx", "-o", "a.docx", "--user", "Erika"],
      "Die Option »--user« gibt es nur bei fill.",
    ],
    [["fill", "in.xlsx", "-o", "o.xlsx", "--pdf"], "Die Option »--pdf« gibt es nur bei annex."],
    [["plan", "in.xlsx", "--with-plan"], "Die Option »--with-plan« gibt es nur bei annex."],
    [
      ["compare", "in.xlsx", "--with-comparison"],
      "Die Option »--with-comparison« gibt es nur bei annex.",
    ],
    [["annex", "in.xlsx", "-o", "a.docx", "--pdf=ja"], "Die Option »--pdf« erwartet keinen Wert."],
    [["fill", "in.xlsx"], "Ausgabedatei fehlt: -o <ausgabe.xlsx> oder --in-place angeben."],
    [["fill", "in.xlsx", "-o"], "Die Option »-o« braucht einen Wert."],
    [
      ["fill", "in.xlsx", "-o", "out.xlsx", "--in-place"],
      "»-o« und »--in-place« schließen sich aus.",
    ],
    [
      ["fill", "in.xlsx", "-o", "in.xlsx"],
      "Die Ausgabedatei ist die Eingabedatei; zum Überschreiben --in-place angeben.",
    ],
    [
      ["fill", "dir/in.xlsx", "-o", "dir/../dir/in.xlsx"],
      "Die Ausgabedatei ist die Eingabedatei; zum Überschreiben --in-place angeben.",
    ],
    [["fill", "in.xlsx", "-o", "out.csv"], "Die Ausgabedatei »out.csv« muss auf .xlsx enden."],
  ])("rejects %j with one German line", (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: "usage", message });
  });
});
