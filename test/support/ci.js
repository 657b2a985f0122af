/**
 * Are the tests running under CI? Any non-empty CI other than "false" or "0" counts (CI=true,
 * CI=1, CI=yes, GitLab's and others' own values): there, a missing tool (LibreOffice, Writer,
 * Chromium) fails the run instead of skipping the tests that need it.
 */
function onCI(env = process.env) {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "false" && value !== "0";
}

module.exports = { onCI };
