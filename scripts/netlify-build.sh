#!/usr/bin/env bash
# Netlify's build image may lack the .NET SDK pinned in global.json: install it when missing, then build.
set -euo pipefail
cd "$(dirname "$0")/.."
want=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' global.json)
if ! command -v dotnet >/dev/null || ! dotnet --list-sdks | grep -q "^$want "; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --version "$want" --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi
dotnet run --project src/StaticSite.Cli -c Release -- build
