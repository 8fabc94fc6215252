#!/usr/bin/env bash
# Netlify's build command (netlify.toml). Netlify's image has no .NET SDK: this installs the one global.json asks
# for, unless one that satisfies it is already there, then builds the site into output/. On Netlify the SDK and
# the NuGet packages are kept in Netlify's build cache, so only the first build (or one after "Clear cache and
# deploy") downloads them; README.md ("Publishing") gives the times to expect.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Netlify restores $NETLIFY_CACHE_DIR (by default /opt/build/cache) before a build and saves it after a
# successful one. Anywhere else the SDK goes where dotnet-install.sh puts it by default, and NuGet keeps its own.
if [ "${NETLIFY:-}" = true ]; then
  cache="${NETLIFY_CACHE_DIR:-${NETLIFY_BUILD_BASE:-/opt/build}/cache}"
  export NUGET_PACKAGES="$cache/nuget/packages"
  sdk_dir="$cache/dotnet"
else
  sdk_dir="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"
fi

# The first "version" and "rollForward" in global.json, whose only object with them is "sdk".
json_value() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p" global.json | head -n 1; }

# What dotnet-install.sh should fetch so that the SDK's own resolver accepts it. dotnet-install.sh --jsonfile
# reads only "version" and ignores rollForward, so the policy is applied here: the exact version where the policy
# forbids rolling forward (or for a preview), otherwise the newest SDK the policy accepts. The SDK then has the
# last word (satisfies, below).
install_arguments() {
  local version=$1 policy=$2 major minor patch
  IFS=. read -r major minor patch <<<"$version"
  if [ "$policy" = disable ] || ! [[ "$major.$minor.$patch" =~ ^[0-9]+\.[0-9]+\.[0-9]{3}$ ]]; then
    echo "--version $version"
    return
  fi
  case "$policy" in
    latestFeature | latestMinor | latestMajor) echo "--channel $major.$minor" ;;
    patch | latestPatch | feature | minor | major) echo "--channel $major.$minor.$((10#$patch / 100))xx" ;;
    *)
      echo "error: global.json: unknown rollForward '$policy' (see https://aka.ms/global-json)" >&2
      return 1
      ;;
  esac
}

# The SDK's own answer: `dotnet --version` fails when no SDK it can see satisfies global.json.
satisfies() { "$1" --version >/dev/null 2>&1; }

version=$(json_value version)
policy=$(json_value rollForward)
policy=${policy:-latestPatch}
if [ -z "$version" ]; then
  echo "error: global.json names no SDK version" >&2
  exit 1
fi

if [ -x "$sdk_dir/dotnet" ] && satisfies "$sdk_dir/dotnet"; then
  dotnet="$sdk_dir/dotnet"
elif command -v dotnet >/dev/null && satisfies dotnet; then
  dotnet=$(command -v dotnet)
else
  planned=$(install_arguments "$version" "$policy")
  read -r -a arguments <<<"$planned"
  echo "Installing the .NET SDK for global.json ($version, rollForward $policy): dotnet-install.sh ${arguments[*]}"
  # A fresh folder, moved into place only once the SDK accepts it, so an interrupted download never leaves a
  # half-installed SDK in the cache for the next build to trust.
  fresh="$sdk_dir.new"
  installer=$(mktemp)
  trap 'rm -rf "$installer" "$fresh"' EXIT
  rm -rf "$fresh"
  mkdir -p "$(dirname "$sdk_dir")"
  curl --fail --silent --show-error --location --retry 5 --retry-delay 3 --retry-all-errors --connect-timeout 20 \
    --output "$installer" https://dot.net/v1/dotnet-install.sh
  bash "$installer" "${arguments[@]}" --install-dir "$fresh" --no-path
  if ! satisfies "$fresh/dotnet"; then
    echo "error: the SDK installed for global.json ($version, rollForward $policy) does not satisfy it:" >&2
    "$fresh/dotnet" --version >&2 || true
    exit 1
  fi
  rm -rf "$sdk_dir"
  mv "$fresh" "$sdk_dir"
  dotnet="$sdk_dir/dotnet"
fi

DOTNET_ROOT=$(dirname "$(readlink -f "$dotnet")")
export DOTNET_ROOT PATH="$DOTNET_ROOT:$PATH"
echo "Building with the .NET SDK $("$dotnet" --version) from $DOTNET_ROOT"
"$dotnet" run --project src/StaticSite.Cli -c Release -- build
