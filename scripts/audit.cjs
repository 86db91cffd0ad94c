/**
 * `npm run audit:runtime`: the security gate of the foundation issue, "`npm audit --omit=dev` shows no high
 * or critical finding", as a command CI can run. It fails on a high or critical finding in the
 * runtime dependencies. Where the registry offers no audit endpoint (this workplace's registry
 * answers 405), it says so and exits 0 — the check cannot run there, which is not a pass, so the
 * output says "nicht geprüft" instead of pretending.
 */
"use strict";

const { spawnSync } = require("node:child_process");

/** Severities that fail the gate. */
const BLOCKING = ["high", "critical"];

/**
 * Returns what an `npm audit --json` report says: `unavailable` (no report: the endpoint failed),
 * or the counts per severity and the packages at a blocking severity, sorted by name.
 */
function summariseAudit(report) {
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts) {
    const status = report && report.statusCode ? ` (HTTP ${report.statusCode})` : "";
    const reason = (report && report.message) || "keine Antwort";
    return { kind: "unavailable", reason: `${reason}${status}` };
  }
  const findings = Object.entries(report.vulnerabilities || {})
    .filter(([, entry]) => BLOCKING.includes(entry.severity))
    .map(([name, entry]) => ({ name, severity: entry.severity, range: entry.range || "" }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { kind: "report", counts, blocking: findings };
}

/** Returns the lines to print and the exit code for a summary. */
function toVerdict(summary) {
  if (summary.kind === "unavailable") {
    return {
      exitCode: 0,
      lines: [
        `npm audit: Audit-Endpunkt der Registry nicht verfügbar – ${summary.reason}.`,
        "Nicht geprüft: auf einem Rechner mit Zugang zu registry.npmjs.org erneut ausführen.",
      ],
    };
  }
  const { counts, blocking } = summary;
  const order = ["critical", "high", "moderate", "low", "info"];
  const tally = order.map((severity) => `${severity} ${counts[severity] || 0}`).join(", ");
  const lines = [`npm audit --omit=dev: ${tally}`];
  for (const finding of blocking) {
    lines.push(`  ${finding.severity}: ${finding.name} ${finding.range}`.trimEnd());
  }
  const failed = blocking.length > 0;
  lines.push(
    failed ? "VERFEHLT: hohe oder kritische Funde." : "erreicht: kein hoher oder kritischer Fund."
  );
  return { exitCode: failed ? 1 : 0, lines };
}

/** Runs `npm audit --omit=dev --json` and returns its parsed report (undefined if unparsable). */
function runAudit() {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  try {
    return JSON.parse(result.stdout);
  } catch {
    return { message: (result.stderr || "").trim().split("\n").pop() };
  }
}

if (require.main === module) {
  const verdict = toVerdict(summariseAudit(runAudit()));
  for (const line of verdict.lines) console.log(line);
  process.exit(verdict.exitCode);
}

module.exports = { summariseAudit, toVerdict };
