#!/bin/sh
# Compiles and runs bench/erlang/ring.erl: run.sh [NODES HOPS] (default 1000 2000000), on one
# scheduler (+S 1) to compare per core, then on every core.
set -e
dir=$(mktemp -d)
erlc -o "$dir" "$(dirname "$0")/ring.erl"
erl -noshell +S 1 -pa "$dir" -run ring main "${1:-1000}" "${2:-2000000}"
erl -noshell -pa "$dir" -run ring main "${1:-1000}" "${2:-2000000}"
rm -rf "$dir"
