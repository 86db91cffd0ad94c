/**
 * Typed handles on the repo's CommonJS build scripts (webpack.config.js, scripts/manifest-url.cjs),
 * so the tests exercise exactly the code the build runs. The types list only what tests read.
 */
import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");

/** Certificate material for the dev server, as office-addin-dev-certs returns it. */
export interface HttpsOptions {
  readonly key: string | Buffer;
  readonly cert: string | Buffer;
  readonly ca: string | Buffer;
}

/** A webpack plugin instance as the config holds it; tests tell plugins apart by class name. */
export interface PluginInstance {
  readonly constructor: { readonly name: string };
  readonly userOptions?: {
    readonly filename?: string;
    readonly chunks?: readonly string[];
    readonly templateParameters?: Readonly<Record<string, unknown>>;
  };
  readonly patterns?: readonly CopyPattern[];
}

/** One copy-webpack-plugin pattern. */
export interface CopyPattern {
  readonly from: string;
  readonly to: string;
  readonly transform?: (content: Buffer, absoluteFrom: string) => string | Buffer;
}

/** The webpack configuration createConfig returns (the fields the tests check). */
export interface BuiltConfig {
  readonly mode: string;
  readonly devtool: string;
  readonly entry: Readonly<Record<string, string>>;
  readonly output: {
    readonly path: string;
    readonly filename: (pathData: { chunk?: { name?: string } }) => string;
    readonly chunkFilename: string;
  };
  readonly optimization: { readonly splitChunks: unknown; readonly runtimeChunk: unknown };
  readonly plugins: readonly PluginInstance[];
  readonly devServer?: {
    readonly port: number;
    readonly server: { readonly type: string; readonly options: HttpsOptions };
    readonly headers: (request: { url?: string }) => Readonly<Record<string, string>>;
  };
}

type Env = Readonly<Record<string, string | undefined>>;

/** webpack.config.js: the webpack-cli entry point plus its named helpers. */
export interface WebpackConfigModule {
  (env?: Readonly<Record<string, unknown>>, argv?: { mode?: string }): Promise<BuiltConfig>;
  createConfig(options: {
    mode: string;
    https?: HttpsOptions;
    release?: ReleaseBuild;
  }): BuiltConfig;
  productionUrl(env?: Env): string;
  manifestFor(mode: string, manifestXml: string, env?: Env): string;
  readonly DEFAULT_PRODUCTION_URL: string;
  readonly DEV_PORT: number;
  readonly RELEASE_STATIC_DIR: string;
}

/** What scripts/release.cjs hands webpack.config.js for a release build. */
export interface ReleaseBuild {
  readonly baseUrl: string;
  readonly manifestVersion: string;
  readonly outputPath: string;
}

/** scripts/manifest-url.cjs. */
export interface ManifestUrlModule {
  readonly DEV_URL: string;
  toBaseUrl(url: string, source: string): string;
  toProductionManifest(manifestXml: string, productionUrl: string): string;
  withManifestVersion(manifestXml: string, manifestVersion: string): string;
}

/** scripts/csp.cjs: the one Content-Security-Policy. */
export interface CspModule {
  readonly OFFICE_JS_HOST: string;
  readonly FRAME_ANCESTORS: readonly string[];
  readonly DEPLOY_FILES: readonly string[];
  pagePolicy(): string;
  harnessPolicy(): string;
  headerPolicy(): string;
  parsePolicy(text: string): Map<string, string[]>;
  headerPoliciesIn(configText: string): string[];
  withHeaderPolicy(configText: string, policy: string): string;
  writeDeployPolicies(root?: string): string[];
}

/** What the release's output folder records (release.json), as far as the script reads it. */
export interface ReleaseRecord {
  readonly manifestVersion: string;
  readonly version?: string;
  readonly buildHash?: string;
  readonly builtAt?: string;
  readonly previous?: readonly unknown[];
}

/** What planRelease returns. */
export interface ReleasePlan {
  readonly url: string;
  readonly outDir: string;
  readonly version: string;
  readonly manifestVersion: string;
  readonly lastRelease?: ReleaseRecord;
}

/** scripts/release.cjs. */
export interface ReleaseModule {
  readonly ReleaseRefusal: new (message: string) => Error;
  readonly RELEASE_RECORD: string;
  readonly URL_VARIABLE: string;
  parseReleaseArgs(argv: readonly string[], env?: Env): { url: string; outDir: string };
  toReleaseUrl(url: string): string;
  toManifestVersion(packageVersion: string): string;
  compareManifestVersions(a: string, b: string): number;
  readLastRelease(outDir: string): ReleaseRecord | undefined;
  planRelease(argv: readonly string[], env?: Env, root?: string): ReleasePlan;
  manifestUrls(manifestXml: string): string[];
  toBuildHash(compilationHash: string): string;
  replaceFolder(built: string, outDir: string): void;
}

export const csp = require("../../scripts/csp.cjs") as CspModule;
export const release = require("../../scripts/release.cjs") as ReleaseModule;
export const webpackConfig = require("../../webpack.config.js") as WebpackConfigModule;
export const manifestUrl = require("../../scripts/manifest-url.cjs") as ManifestUrlModule;

/** What scripts/audit.cjs makes of an `npm audit --json` report. */
export type AuditSummary =
  | { readonly kind: "unavailable"; readonly reason: string }
  | {
      readonly kind: "report";
      readonly counts: Readonly<Record<string, number>>;
      readonly blocking: readonly { name: string; severity: string; range: string }[];
    };

/** scripts/audit.cjs. */
export interface AuditModule {
  summariseAudit(report: unknown): AuditSummary;
  toVerdict(summary: AuditSummary): { exitCode: number; lines: string[] };
}

export const audit = require("../../scripts/audit.cjs") as AuditModule;
