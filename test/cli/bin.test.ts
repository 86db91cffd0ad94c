import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir } from "./helpers";

describe("when bin/sr-budget.js runs before the CLI was built", () => {
  it("prints a one-line hint to build and exits with 2", () => {
    const temp = makeTempDir();
    try {
      // A copy of the shim in a folder without ../lib, as in a fresh checkout.
      mkdirSync(join(temp.dir, "bin"));
      const shim = join(temp.dir, "bin", "sr-budget.js");
      copyFileSync(join(__dirname, "../../bin/sr-budget.js"), shim);
      const result = spawnSync(process.execPath, [shim, "--version"], { encoding: "utf8" });
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        "",
        "sr-budget: noch nicht gebaut – bitte zuerst »npm run build« ausführen.\n",
      ]);
    } finally {
      temp.cleanup();
    }
  });
});
