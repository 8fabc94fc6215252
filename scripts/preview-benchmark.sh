#!/usr/bin/env bash
# Preview benchmark (not a test): the time from saving one episode to the browser's reload event, on a
# copy of the real site, repeated; prints each run and the median. Usage: scripts/preview-benchmark.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=${1:-21}
dotnet build src/StaticSite.Cli -c Release -v q -nologo >/dev/null
work=$(mktemp -d)
server=""; listener=""
cleanup() { [ -n "$listener" ] && kill "$listener" 2>/dev/null; [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cp -r input theme netlify.toml "$work"/
touch "$work/StaticSite.sln" # marks the repository root, for the paths in diagnostics

(cd "$work" && exec dotnet "$repo/src/StaticSite.Cli/bin/Release/net10.0/staticsite.dll" preview --port 0 >"$work/log" 2>&1) &
server=$!
until grep -q '^Serving ' "$work/log"; do sleep 0.1; done
url=$(sed -n 's/^Serving \(http[^ ]*\) .*/\1/p' "$work/log")
# The listener stamps each event as its line arrives ($EPOCHREALTIME, a bash builtin: no process to start), so
# how often the loop below looks for it adds nothing to the figure; it used to poll with grep and take the time
# itself, a few milliseconds late and busy on one of the two cores the preview builds with.
(curl -sN "${url}_staticsite/events" | while IFS= read -r line; do
  [[ $line == event:* ]] && echo "${line#event: } ${EPOCHREALTIME/[.,]/}" >>"$work/events"
done) &
listener=$!
until grep -q '^hello' "$work/events" 2>/dev/null; do sleep 0.05; done

episode="$work/input/episodes/us-lobbying.yml"
times=()
for i in $(seq 1 "$runs"); do
  seen=$(grep -c '^reload' "$work/events" || true)
  if (( i % 2 )); then from='It also sent a delegation'; to='It also sent a small delegation'
  else from='It also sent a small delegation'; to='It also sent a delegation'; fi
  start=${EPOCHREALTIME/[.,]/} # microseconds, taken before sed starts: its start-up counts as part of the save
  sed -i "s/$from/$to/" "$episode" # sed -i saves like many editors: a new file renamed over the old
  while (( $(grep -c '^reload' "$work/events" || true) <= seen )); do sleep 0.01; done
  end=$(grep '^reload' "$work/events" | tail -n 1 | cut -d' ' -f2)
  times+=($(( (end - start) / 1000 )))
  echo "run $i: ${times[-1]} ms"
  sleep 0.5
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "save to reload event, median of $runs: ${sorted[$(( runs / 2 ))]} ms (min ${sorted[0]}, max ${sorted[-1]})"
rebuilds=($(grep -o 'pages re-rendered, .* \([0-9]*\) ms$' "$work/log" | tail -n "$runs" | grep -o '[0-9]* ms$' | grep -o '[0-9]*' | sort -n))
echo "rebuild inside the preview (its own report), median: ${rebuilds[$(( ${#rebuilds[@]} / 2 ))]} ms (min ${rebuilds[0]}, max ${rebuilds[-1]})"
grep "^\[" "$work/log" | tail -n 2
