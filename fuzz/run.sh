#!/usr/bin/env bash
# Fuzzes the core with libFuzzer on stable Rust: builds the two targets with LLVM's
# coverage instrumentation (the flags cargo-fuzz passes, without its nightly-only
# sanitizer options) and libfuzzer-sys, runs each from its committed corpus, prints the
# number of executions, and fails on any input that breaks a property (printing the
# property and the input).
#
#   fuzz/run.sh SECONDS [TARGET...]   a run of SECONDS per target (phrase, conversion)
#   fuzz/run.sh --runs N [TARGET...]  N executions per target with a fixed seed (make test)
#   fuzz/run.sh --merge [TARGET...]   merge the finds of earlier runs into the corpus,
#                                     keeping only inputs that add coverage
#
# New inputs and crashes go to fuzz/out/<target>/ (not committed). UNIT_FUZZ_TOLERATE
# (see src/lib.rs) lets a long run look past known findings.
set -euo pipefail
cd "$(dirname "$0")"

mode=time runs=0 seconds=0
case "${1:-}" in
--runs) mode=runs runs=${2:?--runs needs a count}; shift 2 ;;
--merge) mode=merge; shift ;;
[0-9]*) seconds=$1; shift ;;
*) echo "usage: fuzz/run.sh SECONDS|--runs N|--merge [TARGET...]" >&2; exit 2 ;;
esac
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(phrase conversion)

# Instrumentation only for the fuzzed code: with an explicit --target, RUSTFLAGS do not
# reach build scripts.
host=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
cargo build --quiet --release --features libfuzzer --target "$host" --bins 2>&1 \
	| grep -v '^warning\|^ *|\|^ *=\|^ *-->\|^$\|^[0-9 ]*|\|^note' || true
bin="target/$host/release"

if [ "$mode" = merge ]; then
	for t in "${targets[@]}"; do
		test -d "out/$t/queue" || { echo "no finds for $t yet: run fuzz/run.sh SECONDS $t first" >&2; exit 1; }
		rm -rf "out/$t/merged"
		mkdir -p "out/$t/merged"
		# The committed corpus first, so its inputs are kept over equal new ones.
		"$bin/$t" -set_cover_merge=1 -artifact_prefix="out/$t/merge-" "out/$t/merged" "corpus/$t" "out/$t/queue" >"out/$t/merge.log" 2>&1
		# libFuzzer names merged inputs by their SHA-1: new ones are those no committed
		# input hashes to.
		known=$(sha1sum corpus/"$t"/* | cut -c1-40)
		added=0
		for f in "out/$t/merged"/*; do
			name=$(basename "$f")
			grep -qx "$name" <<<"$known" && continue
			cp "$f" "corpus/$t/found-$name"
			added=$((added + 1))
		done
		echo "$t: $added inputs added to corpus/$t ($(ls corpus/"$t" | wc -l) in all)"
	done
	exit 0
fi

status=0
for t in "${targets[@]}"; do
	if [ "$mode" = runs ]; then
		# From the committed corpus alone, so the same runs happen every time.
		rm -rf "out/$t"
	fi
	mkdir -p "out/$t/queue" "out/$t/crashes"
	if [ "$mode" = runs ]; then
		limits=(-runs="$runs" -seed=1)
	else
		# A long run goes on past a find (in a child process that libFuzzer restarts),
		# so it reports every input that broke a property, not only the first.
		limits=(-max_total_time="$seconds" -fork=1 -ignore_crashes=1)
	fi
	# -timeout: an input running a second is a hang (normal ones take microseconds).
	started=$SECONDS
	set +e
	"$bin/$t" "out/$t/queue" "corpus/$t" "${limits[@]}" -timeout=1 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="out/$t/crashes/" >"out/$t/log" 2>&1
	code=$?
	set -e
	# One process: its final statistics; fork mode: the last progress line's count.
	executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "out/$t/log")
	[ -n "$executed" ] || executed=$(grep -o '^#[0-9]*' "out/$t/log" | tail -1 | tr -d '#')
	echo "$t: ${executed:-?} executions in $((SECONDS - started)) s, $(ls "out/$t/queue" | wc -l) new inputs kept"
	crashes=("out/$t/crashes"/*)
	if [ $code -ne 0 ] || [ -e "${crashes[0]}" ]; then
		status=1
		echo "  $t broke a property (libFuzzer exit status $code):"
		for f in "out/$t/crashes"/*; do
			[ -e "$f" ] || continue
			# The target run on one input prints the property it broke.
			echo "    $f: $("$bin/$t" "$f" 2>&1 | grep -m1 -E '^\[[a-z-]+\]|deadly signal|timeout' || echo '(no message)')"
		done
	fi
	grep -m20 '^tolerated:' "out/$t/log" | sed 's/^/  /' || true
done
exit $status
