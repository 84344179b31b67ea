#!/usr/bin/env bash
# The PostgreSQL side of the server-backend test runs (tests/pom.xml): starts the local cluster (Debian's
# postgresql, which prerequisites.sh installs), makes the role ducha_test and one new, empty database per test
# module that runs on the server backends (named like the module), owned by ducha_test; and the role
# ducha_test_runtime, which owns nothing: the runtime role of a database that ducha_test migrates as its owner
# (ducha.core.tests' RuntimeRoleTest, docs/install.md). Prints the Maven options that turn those runs on, with the
# folder of the certificates of the SSL tests (below). Prints nothing when no local cluster can be used (the runs
# are then skipped) — except in CI (CI=true), where that is an error: CI must run them. Needs root, as the smoke
# test's PostgreSQL checks do.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

unavailable() {
  if [ "${CI:-}" = true ]; then
    echo "test-databases.sh: $* — CI runs the tests on PostgreSQL and cannot here" >&2
    exit 1
  fi
  echo "test-databases.sh: $*; the PostgreSQL test runs are skipped" >&2
  exit 0
}

read -r version cluster port < <(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1, $2, $3}') || true
[ -n "${cluster:-}" ] || unavailable "no local PostgreSQL cluster (pg_lsclusters)"
[ "$(id -u)" -eq 0 ] || unavailable "not root: cannot start the cluster and make the test databases"
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true

modules=$(grep -l '<ducha.test.backends.skip>false</ducha.test.backends.skip>' "$ROOT"/tests/*/pom.xml \
  | xargs -n1 dirname | xargs -n1 basename)
sql="DROP ROLE IF EXISTS ducha_test;"
sql="$sql DROP ROLE IF EXISTS ducha_test_runtime;"
for m in $modules; do
  sql="DROP DATABASE IF EXISTS \"$m\" WITH (FORCE); $sql"
done
sql="$sql CREATE ROLE ducha_test LOGIN PASSWORD 'ducha_test';"
sql="$sql CREATE ROLE ducha_test_runtime LOGIN PASSWORD 'ducha_test_runtime';"
for m in $modules; do
  sql="$sql CREATE DATABASE \"$m\" OWNER ducha_test;"
done
# one statement per -c: CREATE/DROP DATABASE cannot run inside the transaction a multi-statement -c opens
args=()
while IFS= read -r statement; do
  [ -n "$statement" ] && args+=(-c "$statement;")
done < <(tr ';' '\n' <<<"$sql" | sed 's/^ *//')
PGOPTIONS="-c client_min_messages=warning" su postgres -c "$(printf '%q ' psql -q -p "$port" -v ON_ERROR_STOP=1 "${args[@]}")" >&2 \
  || unavailable "the test databases could not be made"

# TLS for the sslmode tests (DatabaseSslTest): a throw-away CA signs a certificate for localhost, which the cluster
# then serves (ssl=on, applied by a reload; Debian's own snakeoil certificate names the machine, not localhost, and
# a fresh cluster may have ssl off); a second CA that signed nothing the server holds is the wrong one a test expects
# to be refused. Made anew on every run, beside the cluster's configuration (readable by the test user; the server's
# key is the postgres user's only).
config_file=$(su postgres -c "$(printf '%q ' psql -Atq -p "$port" -c 'SHOW config_file')") || config_file=
[ -n "$config_file" ] || unavailable "the cluster's configuration folder is unknown"
ssl_dir="$(dirname "$config_file")/ducha-test-ssl"
rm -rf "$ssl_dir"
mkdir -p "$ssl_dir"
(
  cd "$ssl_dir"
  for ca in ca other-ca; do
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Ducha test $ca" -keyout "$ca.key" -out "$ca.crt"
  done
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\n' >server.ext
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile server.ext \
    -out server.crt
  rm -f ca.key other-ca.key server.csr server.ext ca.srl
  chown postgres: server.key server.crt
  chmod 600 server.key
  chmod 644 ca.crt other-ca.crt server.crt
) >/dev/null 2>&1 || unavailable "the test certificates could not be made (openssl)"
chmod 755 "$ssl_dir"
su postgres -c "$(printf '%q ' psql -q -p "$port" -v ON_ERROR_STOP=1 \
  -c "ALTER SYSTEM SET ssl_cert_file = '$ssl_dir/server.crt'" -c "ALTER SYSTEM SET ssl_key_file = '$ssl_dir/server.key'" \
  -c "ALTER SYSTEM SET ssl = on" -c "SELECT pg_reload_conf()")" >/dev/null \
  || unavailable "the cluster's SSL could not be configured"
echo "-Dducha.test.postgresql -Dducha.test.postgresql.port=$port -Dducha.test.postgresql.ssl=$ssl_dir"
