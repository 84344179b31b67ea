#!/usr/bin/env bash
# The architecture check: fails (exit 1) when a bundle breaks one of the layering rules that let a court's IT
# install any subset of plugins (docs/architecture.md, docs/new-plugin.md):
#   core-ui       a core bundle (ducha.core, ducha.persistence, ducha.<domain>.core, ducha.reports.core) uses
#                 SWT, JFace or the E4 UI (manifest or source);
#   cross-domain  a domain bundle (Ducha-Module other than platform) uses another domain's packages, or a
#                 platform bundle uses any domain's packages: domains meet only through ducha.core's services;
#   ui-jpa        a UI bundle (ducha.app, ducha.<domain>.ui, ducha.reports.ui) uses JPA (EntityManager, JPQL,
#                 jakarta.persistence): UI code calls services, never the database;
#   ui-fragment   a UI bundle of a plugin registers its model fragment otherwise than with the Model-Fragment
#                 manifest header (an org.eclipse.e4.workbench.model extension in plugin.xml);
#   ui-services   a UI bundle of a plugin looks services up itself (ServiceTracker, BundleContext.getService,
#                 FrameworkUtil) instead of getting them by injection (@Inject @Optional) or Declarative Services;
#   ellipsis      a text mixes the ellipses: a Chinese text (*_zh_CN.properties) writes "..." or "……" instead of
#                 one "…" (U+2026), an English one (the file without a locale) writes "…" instead of "..." (the
#                 Eclipse convention), or a label of a plugin.xml or model (.e4xmi) spells an ellipsis itself
#                 instead of taking its text from the bundle's properties.
# Every violation is printed as "rule: file[:line]: what"; the check itself is tested by
# check-architecture-selftest.sh, which plants each kind of violation in a copy of the tree.
# Usage: check-architecture.sh [ROOT]   (default: this repository)
set -uo pipefail
ROOT=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
cd "$ROOT/bundles" || { echo "check-architecture: no bundles/ in $ROOT" >&2; exit 2; }

violations=0
violation() { # rule, place, what
  echo "$1: bundles/$2: $3"
  violations=$((violations + 1))
}

# The names a manifest header lists (Require-Bundle, Import-Package), one a line: continuation lines joined, quoted
# attribute values (version ranges hold commas) and attributes dropped.
header() { # manifest, name
  tr -d '\r' <"$1" | awk -v name="$2" '
    /^[^ ]/ { on = (index($0, name ":") == 1); if (on) { sub("^" name ": *", ""); value = $0 }; next }
    /^ / && on { sub(/^ /, ""); value = value $0 }
    END { gsub(/"[^"]*"/, "", value); n = split(value, parts, ","); for (i = 1; i <= n; i++) { sub(/;.*/, "", parts[i]); gsub(/[ \t]/, "", parts[i]); if (parts[i] != "") print parts[i] } }'
}

module_of() { # bundle folder -> its Ducha-Module
  tr -d '\r' <"$1/META-INF/MANIFEST.MF" | sed -n 's/^Ducha-Module: *//p' | head -1
}

is_core() { case "$1" in ducha.core|ducha.persistence|*.core) return 0 ;; esac; return 1; }
is_ui() { case "$1" in ducha.app|*.ui) return 0 ;; esac; return 1; }

domains=()
# Every source line of bundle $2 matching $4 is a violation of rule $1, described as "$3: <the line>".
source_violations() { # rule, bundle, what, regex
  local hit
  while IFS= read -r hit; do
    [ -n "$hit" ] && violation "$1" "${hit%%:*}:$(echo "$hit" | cut -d: -f2)" "$3: $(echo "$hit" | cut -d: -f3- | sed 's/^[[:space:]]*//')"
  done < <(source_hits "$2" "$4")
}

for mf in */META-INF/MANIFEST.MF; do
  b=${mf%%/*}
  m=$(module_of "$b")
  [ -n "$m" ] && [ "$m" != platform ] && [[ " ${domains[*]} " != *" $m "* ]] && domains+=("$m")
done

# Source lines (file:line:text) of a bundle that match an extended regex, comments of the // kind left out.
source_hits() { # bundle, regex
  [ -d "$1/src" ] || return 0
  grep -rnE --include=*.java "$2" "$1/src" | grep -vE '^[^:]+:[0-9]+:[[:space:]]*(//|\*|/\*)' || true
}

for mf in */META-INF/MANIFEST.MF; do
  b=${mf%%/*}
  module=$(module_of "$b")
  deps=$( { header "$mf" Require-Bundle; header "$mf" Import-Package; })

  if is_core "$b"; then
    for d in $deps; do
      case "$d" in org.eclipse.swt*|org.eclipse.jface*|org.eclipse.e4.ui*|org.eclipse.nebula*|org.eclipse.swtchart*)
        violation core-ui "$mf" "core bundle requires $d" ;;
      esac
    done
    source_violations core-ui "$b" "core code uses the UI" '^import (static )?org\.eclipse\.(swt|jface|e4\.ui|nebula)|^import (static )?org\.swtchart'
  fi

  for other in "${domains[@]}"; do
    [ "$other" = "$module" ] && continue
    for d in $deps; do
      case "$d" in "ducha.$other"|"ducha.$other".*)
        violation cross-domain "$mf" "${module:-?} bundle depends on $other: $d" ;;
      esac
    done
    source_violations cross-domain "$b" "${module:-?} code uses $other" "^import (static )?ducha\\.$other(\\.|;)"
  done

  if is_ui "$b"; then
    for d in $deps; do
      case "$d" in jakarta.persistence*|javax.persistence*|org.eclipse.persistence*)
        violation ui-jpa "$mf" "UI bundle depends on $d" ;;
      esac
    done
    source_violations ui-jpa "$b" "UI code uses JPA" '(jakarta|javax)\.persistence|org\.eclipse\.persistence|\bEntityManager\b|\.createQuery\(|\.createNamedQuery\(|\.createNativeQuery\('
    if [ "$module" != platform ]; then
      source_violations ui-services "$b" "plugin UI looks a service up itself" '\bServiceTracker\b|\bFrameworkUtil\b|\.getServiceReferences?\(|\.getService\('
    fi
    if [ "$module" != platform ] && [ -f "$b/plugin.xml" ] && grep -q 'org.eclipse.e4.workbench.model' "$b/plugin.xml"; then
      violation ui-fragment "$b/plugin.xml" "model fragment registered in plugin.xml; use the Model-Fragment manifest header"
    fi
  fi
done

# The ellipses of the texts (menu items and buttons that open a dialog end with one): the properties files are read
# as written (\uXXXX escapes or UTF-8), their comment lines left out.
while IFS= read -r -d '' props; do
  case "$props" in */target/*|*/bin/*) continue ;; esac
  name=${props##*/}
  case "$name" in
    *_zh_CN.properties|*_zh.properties) bad='\.\.\.|\\u2026\\u2026|……|\\u2026…|…\\u2026'; what='a Chinese text writes ... or …… (one … in Chinese)' ;;
    *_[a-z][a-z].properties|*_[a-z][a-z]_[A-Z][A-Z].properties) continue ;;
    *) bad='\\u2026|…'; what='an English text writes … (... in English)' ;;
  esac
  while IFS= read -r hit; do
    [ -n "$hit" ] && violation ellipsis "$props:${hit%%:*}" "$what: ${hit#*:}"
  done < <(grep -nE "$bad" "$props" | grep -vE '^[0-9]+:[[:space:]]*[#!]' || true)
done < <(find . -name '*.properties' -path '*/src/*' -print0 -o -name '*.properties' -path '*/OSGI-INF/l10n/*' -print0 | sed -z 's|^\./||')
while IFS= read -r hit; do
  [ -n "$hit" ] && violation ellipsis "${hit%%:*}:$(echo "$hit" | cut -d: -f2)" "a label spells an ellipsis itself: $(echo "$hit" | cut -d: -f3- | sed 's/^[[:space:]]*//')"
done < <(grep -rnE --include=plugin.xml --include=fragment.xml --include='*.e4xmi' 'label="[^%"][^"]*(\.\.\.|…)' . 2>/dev/null | sed 's|^\./||' || true)

if [ "$violations" -gt 0 ]; then
  echo "check-architecture: $violations violation(s) of the layering rules (see docs/architecture.md)" >&2
  exit 1
fi
echo "check-architecture: $(ls -d */META-INF | wc -l) bundles follow the layering rules (domains: ${domains[*]})"
