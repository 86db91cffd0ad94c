/**
 * Runs Debian's nginx with deploy/nginx.conf on this machine: the site's file is taken as it is,
 * only its lines marked "# SITE" (listen, certificate, folder) are pointed at a localhost port, a
 * self-signed certificate made with openssl and a temporary folder. nginx runs in the foreground
 * as one process (no daemon, no workers) with its pid, logs and temp files in that folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, connect } from "node:net";
import path from "node:path";

export const NGINX = "/usr/sbin/nginx";

/** A self-signed certificate for 127.0.0.1. */
export interface Certificate {
  readonly certFile: string;
  readonly keyFile: string;
  /** The certificate (PEM), for clients that should trust it. */
  readonly pem: string;
}

/** Makes a self-signed certificate for 127.0.0.1 in `dir` with openssl; valid for two days. */
export function makeCertificate(dir: string): Certificate {
  const certFile = path.join(dir, "cert.pem");
  const keyFile = path.join(dir, "key.pem");
  const result = spawnSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      "2",
      "-subj",
      "/CN=127.0.0.1",
      "-addext",
      "subjectAltName=IP:127.0.0.1",
    ],
    { encoding: "utf8" }
  );
  if (result.status !== 0)
    throw new Error(`openssl req endete mit ${result.status}: ${result.stderr}`);
  return { certFile, keyFile, pem: readFileSync(certFile, "utf8") };
}

/** Where the local site listens and what it serves. */
export interface LocalSite {
  readonly port: number;
  readonly certificate: Certificate;
  /** The folder that holds sozialraumbudget/ (deploy/nginx.conf's root). */
  readonly root: string;
}

/**
 * The replacements of the "# SITE" lines: each pattern must match exactly one line of the site's
 * file, so a change of deploy/nginx.conf's shape fails here instead of being tested unnoticed.
 */
function siteLines(site: LocalSite): readonly (readonly [RegExp, string])[] {
  return [
    [/^\s*listen 443 ssl;\s*# SITE$/m, `    listen 127.0.0.1:${site.port} ssl; # SITE`],
    [/^\s*listen \[::\]:443 ssl;\s*# SITE$/m, "    # (no IPv6 listener in the test) # SITE"],
    [/^\s*ssl_certificate .*# SITE$/m, `    ssl_certificate ${site.certificate.certFile}; # SITE`],
    [
      /^\s*ssl_certificate_key .*# SITE$/m,
      `    ssl_certificate_key ${site.certificate.keyFile}; # SITE`,
    ],
    [/^\s*root .*# SITE$/m, `    root ${site.root}; # SITE`],
  ];
}

/**
 * Returns deploy/nginx.conf's text with its "# SITE" lines for `site` and every other line as it
 * is. Throws when one of those lines is missing or there twice.
 */
export function toLocalSiteConf(deployConf: string, site: LocalSite): string {
  let conf = deployConf;
  for (const [pattern, line] of siteLines(site)) {
    const global = new RegExp(pattern.source, "gm");
    const count = conf.match(global)?.length ?? 0;
    if (count !== 1) {
      throw new Error(
        `deploy/nginx.conf: ${pattern.source} passt auf ${count} Zeilen statt auf eine.`
      );
    }
    conf = conf.replace(pattern, line);
  }
  return conf;
}

/** The main configuration around the site: everything nginx writes stays in `dir`. */
function mainConf(dir: string, siteFile: string): string {
  const tmp = (name: string) => path.join(dir, "tmp", name);
  return [
    "daemon off;",
    "master_process off;",
    `pid ${path.join(dir, "nginx.pid")};`,
    `error_log ${path.join(dir, "error.log")} warn;`,
    "events { worker_connections 64; }",
    "http {",
    `    access_log ${path.join(dir, "access.log")};`,
    `    client_body_temp_path ${tmp("body")};`,
    `    proxy_temp_path ${tmp("proxy")};`,
    `    fastcgi_temp_path ${tmp("fastcgi")};`,
    `    uwsgi_temp_path ${tmp("uwsgi")};`,
    `    scgi_temp_path ${tmp("scgi")};`,
    `    include ${siteFile};`,
    "}",
    "",
  ].join("\n");
}

/** Returns a port that was free a moment ago (the OS's choice for port 0 on 127.0.0.1). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running nginx. */
export interface RunningNginx {
  readonly pid: number;
  /** The error log so far (for messages when something fails). */
  errorLog(): string;
  /** Stops nginx (SIGQUIT, then SIGKILL after 5 s); resolves when the process has ended. */
  stop(): Promise<void>;
}

/** Resolves when 127.0.0.1:port accepts connections; rejects when `child` ends first or after 10 s. */
function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) {
        reject(
          new Error(`nginx endete beim Start (${child.exitCode ?? child.signalCode}): ${log()}`)
        );
        return;
      }
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx lauscht nach 10 s nicht: ${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/**
 * Starts nginx in `dir` with `siteConf` (from toLocalSiteConf) and resolves when its port accepts
 * connections. The caller must stop() it, also when a test fails.
 */
export async function startNginx(
  dir: string,
  siteConf: string,
  port: number
): Promise<RunningNginx> {
  mkdirSync(path.join(dir, "tmp"), { recursive: true });
  const siteFile = path.join(dir, "sozialraumbudget.conf");
  const confFile = path.join(dir, "nginx.conf");
  writeFileSync(siteFile, siteConf);
  writeFileSync(confFile, mainConf(dir, siteFile));
  const errorFile = path.join(dir, "error.log");
  writeFileSync(errorFile, "");
  const child = spawn(NGINX, ["-p", dir, "-e", errorFile, "-c", confFile], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const errorLog = () => `${stderr}${readFileSync(errorFile, "utf8")}`.trim();
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGQUIT");
    const killer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(killer);
  };
  try {
    await waitForPort(port, child, errorLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid ?? -1, errorLog, stop };
}
