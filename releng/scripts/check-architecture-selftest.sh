#!/usr/bin/env bash
# Tests the architecture check: it must pass on this tree, and fail, naming the rule and the file, on a copy of the
# tree into which one violation of each rule is planted (a core class importing SWT, a core manifest requiring
# JFace, a domain importing another domain's API, the platform importing a domain, a UI part running JPQL, a plugin
# UI registering its fragment in plugin.xml, a plugin UI tracking a service itself, a Chinese label with "……" or
# "...", an English one with "…"). Prints one line a case; exit
# 1 if any case goes wrong.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHECK="$HERE/check-architecture.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; failures=$((failures + 1)); }

if out=$("$CHECK" "$ROOT" 2>&1); then ok "the tree passes: ${out##*$'\n'}"; else bad "the tree itself violates the rules:"; echo "$out"; fi

fresh_copy() {
  rm -rf "$work/tree"
  mkdir -p "$work/tree"
  (cd "$ROOT" && git ls-files -z bundles | xargs -0 cp --parents -t "$work/tree" 2>/dev/null) ||
    cp -r "$ROOT/bundles" "$work/tree/"
}

# plant NAME RULE FILE-IN-MESSAGE COMMAND...: runs COMMAND in the copy, expects the check to fail with RULE and FILE
plant() {
  local name=$1 rule=$2 where=$3
  shift 3
  fresh_copy
  (cd "$work/tree" && "$@")
  local out status
  out=$("$CHECK" "$work/tree" 2>&1)
  status=$?
  if [ "$status" -eq 1 ] && grep -q "^$rule: bundles/$where" <<<"$out"; then
    ok "$name: $(grep -m1 "^$rule: " <<<"$out")"
  else
    bad "$name: expected exit 1 and '$rule: bundles/$where…', got exit $status:"
    echo "$out"
  fi
}

plant "core class imports SWT" core-ui "ducha.cases.core/src/" \
  bash -c "f=\$(find bundles/ducha.cases.core/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import org.eclipse.swt.widgets.Display;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "core manifest requires JFace" core-ui "ducha.integrity.core/META-INF/MANIFEST.MF" \
  sed -i 's/^Require-Bundle: /Require-Bundle: org.eclipse.jface,\n /' bundles/ducha.integrity.core/META-INF/MANIFEST.MF

plant "platform core imports SWT" core-ui "ducha.core/src/" \
  bash -c "f=\$(find bundles/ducha.core/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import org.eclipse.jface.dialogs.MessageDialog;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "domain imports another domain's API" cross-domain "ducha.petitions.core/src/" \
  bash -c "f=\$(find bundles/ducha.petitions.core/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import ducha.cases.CaseRegister;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "domain manifest imports another domain's package" cross-domain "ducha.integrity.ui/META-INF/MANIFEST.MF" \
  sed -i 's/^Import-Package: /Import-Package: ducha.petitions;version="[1.0,2)",\n /' bundles/ducha.integrity.ui/META-INF/MANIFEST.MF

plant "platform imports a domain" cross-domain "ducha.app/src/" \
  bash -c "f=\$(find bundles/ducha.app/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import ducha.integrity.IntegrityArchive;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "UI part runs JPQL" ui-jpa "ducha.cases.ui/src/" \
  bash -c "f=\$(find bundles/ducha.cases.ui/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import jakarta.persistence.EntityManager;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "UI manifest imports JPA" ui-jpa "ducha.reports.ui/META-INF/MANIFEST.MF" \
  sed -i 's/^Import-Package: /Import-Package: jakarta.persistence;version="[3.1,4)",\n /' bundles/ducha.reports.ui/META-INF/MANIFEST.MF

plant "plugin UI registers its fragment in plugin.xml" ui-fragment "ducha.cases.ui/plugin.xml" \
  bash -c 'printf "<?xml version=\"1.0\"?>\n<plugin><extension id=\"f\" point=\"org.eclipse.e4.workbench.model\"><fragment uri=\"fragment.e4xmi\"/></extension></plugin>\n" >bundles/ducha.cases.ui/plugin.xml'

plant "plugin UI tracks a service itself" ui-services "ducha.petitions.ui/src/" \
  bash -c "f=\$(find bundles/ducha.petitions.ui/src -name '*.java' | sort | head -1); awk '{print} /^package / && !d {print \"import org.osgi.util.tracker.ServiceTracker;\"; d=1}' \$f >\$f.t && mv \$f.t \$f"

plant "a Chinese button label ends with ……" ellipsis "ducha.cases.ui/src/ducha/cases/ui/internal/messages_zh_CN.properties" \
  bash -c 'printf "Planted_new = \\u65b0\\u5efa\\u2026\\u2026\n" >>bundles/ducha.cases.ui/src/ducha/cases/ui/internal/messages_zh_CN.properties'

plant "a Chinese menu label ends with ..." ellipsis "ducha.app/OSGI-INF/l10n/bundle_zh_CN.properties" \
  bash -c 'printf "command.planted = \\u5bfc\\u51fa...\n" >>bundles/ducha.app/OSGI-INF/l10n/bundle_zh_CN.properties'

plant "an English button label ends with …" ellipsis "ducha.team.ui/src/ducha/team/ui/internal/roster/messages.properties" \
  bash -c 'printf "planted = New group\\u2026\n" >>bundles/ducha.team.ui/src/ducha/team/ui/internal/roster/messages.properties'

if [ "$failures" -gt 0 ]; then
  echo "check-architecture-selftest: $failures case(s) failed" >&2
  exit 1
fi
echo "check-architecture-selftest: the check passes on the tree and catches every planted violation"
