# shellcheck shell=bash
# axe_ensure: installs axe-core (pinned) from npm into .tmp/axe/ (git-ignored) for the browser tests' accessibility
# checks (tests/Tanpan.E2E/LayoutAccessibilityTests.cs injects node_modules/axe-core/axe.min.js into the page; nothing
# is fetched while the tests run). Needs node and npm (apt: nodejs npm).
AXE_CORE_VERSION=4.10.3
axe_ensure() {
  local dir=.tmp/axe
  if [ -f "$dir/node_modules/axe-core/package.json" ] &&
     grep -q "\"version\": \"$AXE_CORE_VERSION\"" "$dir/node_modules/axe-core/package.json"; then
    return 0
  fi
  echo "installing: axe-core@$AXE_CORE_VERSION (npm, into $dir)"
  mkdir -p "$dir"
  (cd "$dir" && npm install --no-save --no-audit --no-fund --prefix . "axe-core@$AXE_CORE_VERSION" >/dev/null)
}
