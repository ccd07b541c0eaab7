#!/usr/bin/env bash
# Runs every benchmark and writes the reports to bench/results/ (committed, with the machine noted).
# Not part of the test run: about two hours on 2 cores, 13 minutes of it the `dotnet build` benchmark (--build, 7 rounds;
# alone: dotnet run -c Release --project bench/FactCorpus.Bench -- --build --rounds N) and about 20 the shapes of
# generated code (--shapes), 15 the full run under three collection regimes, without and with docs (--gc-regimes), 35 the same in the
# workstation GC, concurrent and not, with and without a forced collection between runs (--workstation-gc), 11 the same in the
# collectors editors run the generator in (--editor-gc). BenchmarkDotNet arguments narrow the rest, e.g. bench/run.sh --filter '*LookupById*'.
set -euo pipefail
cd "$(dirname "$0")/.."
results=bench/results
artifacts=$(mktemp -d)
mkdir -p "$results"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--filter '*')

dotnet build -c Release bench/FactCorpus.Bench -nologo -v quiet
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --scale "$results/scale.md"
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --first-fact "$results/time-to-first-fact.md"
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --build "$results/build-like-a-user.md"
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --shapes "$results/generated-code-shapes.md"
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --gc-regimes "$results/gc-regimes.md" --rounds 4
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --gc-regimes "$results/gc-regimes-docs.md" --rounds 4 --docs
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --workstation-gc "$results/workstation-gc.md" --rounds 5
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --workstation-gc "$results/workstation-gc-no-forced-gc.md" --rounds 3 --no-forced-gc
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --editor-gc "$results/editor-gc.md" --rounds 3
dotnet run -c Release --no-build --project bench/FactCorpus.Bench -- --artifacts "$artifacts" --exporters github "${args[@]}"
cp "$artifacts"/results/*-report-github.md "$results/"
echo "reports written to $results"
