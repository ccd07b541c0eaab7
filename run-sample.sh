#!/usr/bin/env bash
# Packs FactCorpus.Model, FactCorpus.Generator, the dotnet new template package FactCorpus.Templates and the
# factcorpus tool (FactCorpus.Tool) into the local feed, builds and packs the corpus with them, then runs the consumer
# sample against the FactCorpus package: the whole chain, end to end. A project made with `dotnet new factcorpus`
# restores from this feed (README).
set -euo pipefail
cd "$(dirname "$0")"

feed=artifacts/feed
# NuGet never re-extracts a version it already holds: drop ours so the freshly packed ones are used.
rm -rf "$feed" .packages/factcorpus .packages/factcorpus.generator .packages/factcorpus.model .packages/factcorpus.tool
mkdir -p "$feed"

dotnet pack generator/FactCorpus.Model -c Release -o "$feed" -nologo -v quiet
dotnet pack generator/FactCorpus.Generator.Package -c Release -o "$feed" -nologo -v quiet
dotnet pack templates/FactCorpus.Templates -c Release -o "$feed" -nologo -v quiet
dotnet pack tools/FactCorpus.Tool -c Release -o "$feed" -nologo -v quiet
dotnet pack corpus/FactCorpus.csproj -c Release -o "$feed" -nologo -v quiet
dotnet run --project consumer-sample -c Release
