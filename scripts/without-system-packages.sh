#!/usr/bin/env bash
# Runs a command as on a fresh machine without the Debian packages the tests can use, without
# uninstalling them: in a private mount namespace (root, util-linux unshare, overlayfs) that hides
# the FreeDict dictionaries, WordNet, mosquitto, chromium and redis-server from that command alone.
# Usage: scripts/without-system-packages.sh npx vitest run test/rag-eval.test.ts
set -euo pipefail
if [ "${1:-}" != --inside ]; then
  scratch=$(mktemp -d)
  trap 'rmdir "$scratch"' EXIT
  unshare --mount --propagation private "$0" --inside "$scratch" "$@"
  exit
fi
scratch=$2
shift 2

for directory in /usr/share/dictd /usr/share/wordnet; do
  if [ -d "$directory" ]; then mount -t tmpfs none "$directory"; fi
done
# Single files leave a directory through an overlay whose upper layer holds a whiteout
# (a 0/0 character device) for each; the scratch tmpfs exists in this namespace only.
mount -t tmpfs none "$scratch"
hide() {
  local directory=$1 layer=$scratch/${1//\//_}
  shift
  mkdir -p "$layer/upper" "$layer/work"
  for name in "$@"; do mknod "$layer/upper/$name" c 0 0; done
  mount -t overlay overlay -o "lowerdir=$directory,upperdir=$layer/upper,workdir=$layer/work" "$directory"
}
hide /usr/bin chromium mosquitto mosquitto_passwd mosquitto_pub mosquitto_sub redis-server redis-cli
hide /usr/sbin mosquitto
"$@"
