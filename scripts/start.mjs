/**
 * `npm start`: builds the add-in in development mode, serves it on https://localhost:3000 and
 * sideloads it into desktop Excel when office-addin-debugging is installed (Windows, macOS).
 * Everywhere else it explains how to upload manifest.xml into Excel on the web and keeps serving.
 * office-addin-debugging is deliberately not a dependency: it pulls ~450 MB and native keytar.
 * Every failure the user can fix ends in a message and exit code 1, never in a stack trace.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const { createConfig, loadDevCertificates, DEV_PORT } = require("../webpack.config.js");
const PAGE_URL = `https://localhost:${DEV_PORT}/taskpane.html`;

/** Prints `lines` to stderr and ends the process with exit code 1. */
function fail(lines) {
  console.error(["", ...lines, ""].join("\n"));
  process.exit(1);
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").find((line) => line.trim() !== "") ?? text;
}

/** The certificate office-addin-dev-certs creates and trusts; without it Excel refuses the page. */
async function certificatesOrExit() {
  try {
    return await loadDevCertificates();
  } catch (error) {
    return fail([
      "Die HTTPS-Zertifikate für https://localhost konnten nicht eingerichtet werden:",
      `  ${firstLine(error)}`,
      "Bitte einmal ausführen (fragt nach Administrator-Rechten) und danach erneut `npm start`:",
      "  npx office-addin-dev-certs install",
      "",
      "The HTTPS certificates for https://localhost could not be set up (see above).",
      "Run `npx office-addin-dev-certs install` once (needs admin rights), then `npm start` again.",
    ]);
  }
}

/** Path of the office-addin-debugging CLI when that package is installed, else undefined. */
function findDebuggingCli() {
  let dir;
  try {
    dir = path.dirname(require.resolve("office-addin-debugging"));
  } catch {
    return undefined;
  }
  // Walk up from its main module: its package.json may not be exported.
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifestPath = path.join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const { name, bin } = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (name !== "office-addin-debugging") continue;
    const cli = typeof bin === "string" ? bin : bin?.["office-addin-debugging"];
    return cli ? path.join(dir, cli) : undefined;
  }
  return undefined;
}

/** Sideloads into desktop Excel; the sideload is removed again when the server stops. */
function sideloadIntoDesktopExcel(cli) {
  console.log("\nExcel wird mit dem Add-In gestartet (office-addin-debugging) …");
  // --dev-server-port: the server already runs, so office-addin-debugging must not start one.
  const args = ["start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", `${DEV_PORT}`];
  const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code) => {
    if (code !== 0) {
      console.error("\nSideloading fehlgeschlagen (sideloading failed).");
      printWebInstructions();
    }
  });
  return () => {
    spawnSync(process.execPath, [cli, "stop", MANIFEST], { cwd: ROOT, stdio: "inherit" });
  };
}

function printWebInstructions() {
  console.log(
    [
      "",
      `Das Add-In läuft auf ${PAGE_URL} (Strg+C beendet den Server).`,
      "So laden Sie es in Excel im Web:",
      "  1. Eine Arbeitsmappe in Excel im Web öffnen.",
      "  2. Einfügen → Add-Ins → Meine Add-Ins → Mein Add-In hochladen.",
      `  3. Diese Datei auswählen und hochladen: ${MANIFEST}`,
      "  4. Start → Sozialraumbudget öffnet den Aufgabenbereich; =SR. in einer Zelle zeigt die Funktionen.",
      `  Der Browser muss dem Zertifikat vertrauen: ${PAGE_URL} einmal direkt öffnen.`,
      "",
      `The add-in is served on ${PAGE_URL} (Ctrl+C stops the server).`,
      "To sideload it into Excel on the web: open a workbook, Insert → Add-ins → My Add-ins →",
      `Upload My Add-in, and choose ${MANIFEST}.`,
      "",
    ].join("\n")
  );
}

/** Resolves true when nothing listens on `port` (the dev server would throw, uncatchably, later). */
function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
}

/**
 * Serves a development build; `onFirstBuild` runs once, after the first build without errors
 * (tapped before the server starts, so a fast first build cannot slip past it).
 */
async function startServer(https, onFirstBuild) {
  const config = createConfig({ mode: "development", https });
  const compiler = webpack(config);
  let built = false;
  compiler.hooks.done.tap("sozialraumbudget-start", (stats) => {
    if (stats.hasErrors()) {
      console.error("\nDer Build hat Fehler (build failed, see above); der Server läuft weiter.");
    } else if (!built) {
      built = true;
      onFirstBuild();
    }
  });
  // Our own SIGINT handler stops the server, after removing a desktop sideload.
  const server = new WebpackDevServer({ ...config.devServer, setupExitSignals: false }, compiler);
  try {
    await server.start();
  } catch (error) {
    fail([`Der Entwicklungsserver startet nicht (dev server failed): ${firstLine(error)}`]);
  }
  return server;
}

async function main() {
  if (!(await isPortFree(DEV_PORT))) {
    fail([
      `Port ${DEV_PORT} ist belegt – läuft \`npm start\` schon? Bitte den anderen Prozess beenden.`,
      `Port ${DEV_PORT} is in use – is \`npm start\` already running? Stop the other process.`,
    ]);
  }
  const https = await certificatesOrExit();
  const cli = findDebuggingCli();
  const desktop = process.platform === "win32" || process.platform === "darwin";
  let removeSideload = () => {};
  const server = await startServer(https, () => {
    if (cli && desktop) {
      removeSideload = sideloadIntoDesktopExcel(cli);
      return;
    }
    if (desktop) {
      console.log(
        "\nFür Excel-Desktop: `npm i -D office-addin-debugging` installieren, dann lädt `npm start`" +
          " das Add-In selbst (for desktop Excel, install office-addin-debugging)."
      );
    }
    printWebInstructions();
  });
  const stop = async () => {
    removeSideload();
    await server.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
