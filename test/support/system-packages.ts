/**
 * The rule for tests that need a Debian package (FreeDict, Mosquitto, Chromium, Redis): where the
 * package is missing they skip, saying so in one line that names it, so that `npm ci && npm test`
 * passes on a machine with Node alone; with MESHMIND_REQUIRE_SYSTEM_PACKAGES=1 (as `.ci/run` sets
 * after installing them) a missing package fails the test file instead of hiding it.
 *
 * `present` is the caller's own check that the package is usable (its binary or data file found),
 * so a machine that has the program from elsewhere runs the test too.
 * Returns whether the tests should run: `describe.skipIf(!requireSystemPackages(...))`.
 */
export function requireSystemPackages(what: string, packages: readonly string[], present: boolean): boolean {
  if (present) return true;
  const needs = `needs the Debian package${packages.length === 1 ? '' : 's'} ${packages.join(' ')}`;
  if (process.env.MESHMIND_REQUIRE_SYSTEM_PACKAGES === '1') {
    throw new Error(`${what} cannot run: ${needs}, not found here, and MESHMIND_REQUIRE_SYSTEM_PACKAGES=1 forbids skipping (npm run setup:system installs it)`);
  }
  console.warn(`${what} skipped: ${needs}`);
  return false;
}
