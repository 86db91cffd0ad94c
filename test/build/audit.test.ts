/**
 * scripts/audit.cjs: the gate "npm audit --omit=dev shows no high or critical finding", fed with
 * reports shaped like npm 11's `npm audit --json` (auditReportVersion 2).
 */
import { audit } from "./buildScripts";

const { summariseAudit, toVerdict } = audit;

/** A report with the given findings: package name → severity. */
function reportWith(findings: Readonly<Record<string, string>>) {
  const counts: Record<string, number> = { info: 0, low: 0, moderate: 0, high: 0, critical: 0 };
  const vulnerabilities: Record<string, unknown> = {};
  for (const [name, severity] of Object.entries(findings)) {
    counts[severity] = (counts[severity] ?? 0) + 1;
    vulnerabilities[name] = { name, severity, isDirect: false, via: [], range: "<9.9.9" };
  }
  return {
    auditReportVersion: 2,
    vulnerabilities,
    metadata: { vulnerabilities: { ...counts, total: Object.keys(findings).length } },
  };
}

describe("when the registry answers with a report", () => {
  it("passes with no finding", () => {
    const verdict = toVerdict(summariseAudit(reportWith({})));
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines).toEqual([
      "npm audit --omit=dev: critical 0, high 0, moderate 0, low 0, info 0",
      "erreicht: kein hoher oder kritischer Fund.",
    ]);
  });

  it("passes with moderate and low findings only, still counting them", () => {
    const verdict = toVerdict(summariseAudit(reportWith({ uuid: "moderate", tmp: "low" })));
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines[0]).toBe(
      "npm audit --omit=dev: critical 0, high 0, moderate 1, low 1, info 0"
    );
  });

  it("fails on a high or a critical finding and names each, sorted", () => {
    const verdict = toVerdict(
      summariseAudit(reportWith({ unzipper: "high", decimal: "critical", uuid: "moderate" }))
    );
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines).toEqual([
      "npm audit --omit=dev: critical 1, high 1, moderate 1, low 0, info 0",
      "  critical: decimal <9.9.9",
      "  high: unzipper <9.9.9",
      "VERFEHLT: hohe oder kritische Funde.",
    ]);
  });
});

describe("when the registry has no audit endpoint", () => {
  it("says the check did not run instead of reporting a pass", () => {
    // What this workplace's registry returns: npm prints the HTTP error as JSON.
    const summary = summariseAudit({
      message:
        "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    });
    expect(summary.kind).toBe("unavailable");
    const verdict = toVerdict(summary);
    expect(verdict.exitCode).toBe(0);
    expect(verdict.lines[0]).toContain("nicht verfügbar");
    expect(verdict.lines[0]).toContain("(HTTP 405)");
    expect(verdict.lines[1]).toMatch(/^Nicht geprüft/);
  });

  it("treats output that is no report at all as unavailable", () => {
    expect(summariseAudit(undefined).kind).toBe("unavailable");
    expect(summariseAudit({ message: "npm error code ENOTFOUND" })).toEqual({
      kind: "unavailable",
      reason: "npm error code ENOTFOUND",
    });
  });
});
