#!/usr/bin/env bash
# Prints the domain plugins of this build, one a line: every features/ducha.<domain>.feature but the platform's
# and the installer's own. The plugin checks (life cycle, subsets) take their list from here, so a new plugin is
# checked as soon as its feature exists (docs/new-plugin.md).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
for dir in "$ROOT"/features/ducha.*.feature; do
  name=$(basename "$dir" .feature)
  name=${name#ducha.}
  case "$name" in platform|p2) ;; *) echo "$name" ;; esac
done
