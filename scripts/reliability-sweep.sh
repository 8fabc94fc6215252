#!/usr/bin/env bash
# The adversarial sweep of docs/reliability.md: each case in a fresh copy of a checkout's input/ and theme/ (a
# folder that is a repository of its own, with a file of the user's, notes.md), run with that checkout's CLI.
#
#   scripts/reliability-sweep.sh CHECKOUT RESULTS.tsv [CASE-ID...]
#
# CHECKOUT holds a built CLI (src/StaticSite.Cli/bin/Debug/net10.0/staticsite.dll). One line per case: id, what,
# command, exit code, the first diagnostic or error line, and what the case left (sources intact or changed, the
# output, leftovers, published links). Runs as root: it mounts small tmpfs folders and runs some cases as the user
# nobody (setpriv), for whom an unreadable file is unreadable. Every command is bounded by 30 s (exit 124: a hang).
set -u
tree=$(cd "$1" && pwd)
results=$2
shift 2
only=("$@")
dll=$tree/src/StaticSite.Cli/bin/Debug/net10.0/staticsite.dll
work=$(mktemp -d /tmp/sweep.XXXXXX)
chmod 755 "$work"
export DOTNET_NOLOGO=1 DOTNET_CLI_HOME=/tmp
: > "$results"

staticsite() { timeout -k 5 30 dotnet "$dll" "$@"; }
# The CLI as the user nobody (uid 65534), for whom permissions hold.
as_nobody() { timeout -k 5 30 setpriv --reuid=65534 --regid=65534 --clear-groups dotnet "$dll" "$@"; }

fingerprint() { (find input theme .git notes.md -type f -print0 2>/dev/null | sort -z | xargs -0 sha1sum 2>/dev/null) | sha1sum | cut -c1-12; }
outprint() { if [ -d "$1" ]; then (cd "$1" && find -L . -type f -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -c1-12; else echo none; fi; }

# What the case left: sources, output, leftovers of the swap, links that run code, the secret of /etc/passwd.
left() {
    local notes=()
    [ "$(fingerprint)" = "$(cat ../sources.sha)" ] || notes+=("SOURCES CHANGED")
    [ -f notes.md ] || notes+=("notes.md GONE")
    [ -d input ] || notes+=("input/ GONE")
    local out=output
    [ -f ../out.name ] && out=$(cat ../out.name)
    if [ -f ../output.sha ]; then
        [ "$(outprint "$out")" = "$(cat ../output.sha)" ] && notes+=("previous output unchanged") || notes+=("output replaced")
    fi
    [ -d "$out" ] && notes+=("output: $(find -L "$out" -type f 2>/dev/null | wc -l) files")
    local stale; stale=$(find . -maxdepth 3 \( -name '*.staging' -o -name 'staging-*' -o -name '.staging' -o -name '*.old' \) 2>/dev/null | head -3 | tr '\n' ' ')
    [ -n "$stale" ] && notes+=("left: $stale")
    [ -d "$out" ] && grep -rqiE '(href|src)="\s*(javascript|data|vbscript|file):' "$out" 2>/dev/null && notes+=("CODE LINK PUBLISHED")
    [ -d "$out" ] && grep -rqs 'root:x:0:0' "$out" 2>/dev/null && notes+=("/etc/passwd PUBLISHED")
    local IFS='; '; echo "${notes[*]}"
}

# run ID WHAT SETUP COMMAND [CHECK] [CLEANUP]
run() {
    local id=$1 what=$2 setup=$3 cmd=$4 check=${5:-} cleanup=${6:-}
    # shellcheck disable=SC2076 # the id is matched as it is, not as a pattern
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $id " ]]; then return; fi
    local root=$work/$id/repo
    mkdir -p "$root/.git"
    cp -r "$tree/input" "$tree/theme" "$root/"
    echo 'ref: refs/heads/main' > "$root/.git/HEAD"
    echo "A file of the user's." > "$root/notes.md"
    (cd "$root" && eval "$setup") > "$work/$id/setup.log" 2>&1
    (cd "$root" && fingerprint > ../sources.sha)
    local start end code
    start=$(date +%s.%N)
    (cd "$root" && eval "$cmd") > "$work/$id/stdout" 2> "$work/$id/stderr"
    code=$?
    end=$(date +%s.%N)
    local message; message=$(grep -m1 -E 'error|warning|internal|Unhandled|waiting' "$work/$id/stderr" "$work/$id/stdout" 2>/dev/null | sed 's|^[^:]*/std[a-z]*:||' | head -1 | cut -c1-220)
    [ -z "$message" ] && message=$(grep -m1 -E 'pages written' "$work/$id/stdout" | cut -c1-120)
    local state extra=""
    if [ -d "$root" ]; then state=$(cd "$root" && left); else state="THE REPOSITORY FOLDER IS GONE"; fi
    [ -n "$check" ] && extra=$(cd "$root" && eval "$check" 2>&1 | tr '\n' ' ' | cut -c1-200)
    [ -n "$cleanup" ] && (cd "$root" && eval "$cleanup") > /dev/null 2>&1
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%.1f\n' "$id" "$what" "$cmd" "$code" "$message" "$state${extra:+; $extra}" "$(awk "BEGIN { print $end - $start }")" >> "$results"
    echo "$id exit $code"
}

first_build='staticsite build > /dev/null 2>&1; (cd output 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -c1-12 > ../output.sha'
open_all='chmod -R a+rwX . ..'
section=input/sections/how-it-began.md
append() { printf '%b' "$2" >> "$1"; }

# --- the output folder ------------------------------------------------------------------------------------------
run out-dot "output is the current folder (the repository)" "" "staticsite build --output ."
run out-parent "output is the parent folder" "" "staticsite build --output .."
run out-input "output is the input folder" "" "staticsite build --output input"
run out-theme "output is the theme folder" "" "staticsite build --output theme"
run out-in-input "output inside the input folder" "" "staticsite build --output input/site"
run out-cache "output is the share-card cache" "$first_build; rm ../output.sha" "staticsite build --output .staticsite-cache"
run out-file "output names a file" "" "staticsite build --output notes.md"
run out-under-file "output under a file" "" "staticsite build --output notes.md/site"
run out-empty "output is ''" "" "staticsite build --output ''"
run out-users "output is a folder of the user's files" "mkdir photos && echo x > photos/holiday.png" "staticsite build --output photos" "ls photos | tr '\n' ' '"
run out-link-input "output is a link to the input" "ln -s input site" "staticsite build --output site"
run out-link-elsewhere "output is a link to an empty folder elsewhere" "mkdir -p ../published/site && ln -s ../published/site output" "staticsite build --output output" "test -L output && echo 'link kept'; ls ../published/site | wc -l"
run out-link-dangling "output is a dangling link" "ln -s ../nowhere/site output" "staticsite build --output output" "ls -la output | cut -c1-80"
run out-deep-new "output in folders that do not exist yet" "" "staticsite build --output a/b/c/site" "ls a/b/c/site | wc -l"
run out-rebuild "a second build over a build's output" "$first_build" "staticsite build"
run out-stray "a build's output with a file added by hand" "$first_build; echo x > output/stray.html" "staticsite build" "test -e output/stray.html && echo 'stray kept' || echo 'stray removed'"

# --- two builds, signals ----------------------------------------------------------------------------------------
run race-two "two builds started together on one output" "" "staticsite build > ../a.log 2>&1 & a=\$!; staticsite build; b=\$?; wait \$a; echo \"first exit \$?\" >&2; exit \$b" "cat ../a.log | tail -1; test -s output/search/index.json && echo 'index whole' || echo 'INDEX EMPTY'"
run race-three "three builds started together" "" "staticsite build > /dev/null 2>&1 & staticsite build > /dev/null 2>&1 & staticsite build; c=\$?; wait; exit \$c" "test -s output/search/index.json && echo 'index whole' || echo 'INDEX EMPTY'"
run race-second-waits "a second build 0.5 s after the first" "" "staticsite build > /dev/null 2>&1 & sleep 0.5; staticsite build; c=\$?; wait; exit \$c" "test -s output/search/index.json && echo 'index whole' || echo 'INDEX EMPTY'"
# The signal goes to the CLI's own process (dotnet \$dll, no timeout in between): \$! is its id.
run sigint "Ctrl-C (SIGINT) 1 s into a build" "$first_build" "(exec dotnet \$dll build) & p=\$!; sleep 1; kill -INT \$p; wait \$p"
run sigterm "SIGTERM 1 s into a build" "$first_build" "(exec dotnet \$dll build) & p=\$!; sleep 1; kill -TERM \$p; wait \$p"
run sigkill-next "SIGKILL 1 s into a build, then a build" "$first_build" "(exec dotnet \$dll build) > /dev/null 2>&1 & p=\$!; sleep 1; kill -KILL \$p; wait \$p; staticsite build"
run sigint-first "SIGINT 1 s into the first build (no output yet)" "" "(exec dotnet \$dll build) & p=\$!; sleep 1; kill -INT \$p; wait \$p" "ls -a | tr '\n' ' '"

# --- the share-card cache ---------------------------------------------------------------------------------------
run gc-dot "--cache . --gc" "printf 'PNG' > theme/assets/images/logo.png" "staticsite build --cache . --gc" "test -f theme/assets/images/logo.png && echo 'logo kept' || echo 'LOGO DELETED'"
run gc-theme "--cache theme --gc" "" "staticsite build --cache theme --gc"
run gc-foreign "--gc with a file of the user's in the cache" "$first_build; rm ../output.sha; mkdir -p .staticsite-cache/ab && echo x > .staticsite-cache/ab/notes.png" "staticsite build --gc" "test -f .staticsite-cache/ab/notes.png && echo 'user file kept' || echo 'USER FILE DELETED'"
run gc-ok "--gc after a build" "$first_build" "staticsite build --gc" "find .staticsite-cache -name '*.png' | wc -l"
run check-writes "check writes nothing" "" "staticsite check" "ls -a | tr '\n' ' '"
run no-cache "--no-cache" "" "staticsite build --no-cache" "test -d .staticsite-cache && echo 'cache made' || echo 'no cache'"

# --- files that are not plain files -----------------------------------------------------------------------------
run link-passwd-input "input/assets/passwd.txt -> /etc/passwd" "mkdir -p input/assets && ln -s /etc/passwd input/assets/passwd.txt" "staticsite build"
run link-passwd-theme "theme/assets/leak.txt -> /etc/passwd" "ln -s /etc/passwd theme/assets/leak.txt" "staticsite build"
run link-folder-out "theme/assets/etc -> /etc (a folder outside)" "ln -s /etc theme/assets/etc" "staticsite build"
run link-data-out "a data file linked from outside the input" "printf 'title: Out\npublisher: x\nurl: https://example.org/\ndate: 2020\nkind: news\n' > ../outside.yml && ln -s ../../../outside.yml input/sources/outside.yml" "staticsite build"
run link-inside "a data file linked to one inside the input" "ln -s gchq.yml input/agencies/gchq-two.yml" "staticsite build"
run link-self-loop "a link to itself" "ln -s loop.yml input/sources/loop.yml" "staticsite build"
run link-pair-loop "two links to each other" "ln -s b.yml input/sources/a.yml && ln -s a.yml input/sources/b.yml" "staticsite build"
run link-folder-loop "a folder link to its parent" "ln -s .. input/sources/up" "staticsite build"
run link-dangling "a dangling link" "ln -s missing.yml input/sources/gone.yml" "staticsite build"
run fifo-data "a FIFO where a data file should be" "mkfifo input/sources/pipe.yml" "staticsite build"
run fifo-asset "a FIFO in theme/assets" "mkfifo theme/assets/css/pipe.css" "staticsite build"
run socket "a socket in input/" "python3 -c \"import socket; socket.socket(socket.AF_UNIX).bind('input/sources/sock.yml')\"" "staticsite build"
run device "a character device in input/" "mknod input/sources/null.yml c 1 3" "staticsite build"
run unreadable-file "an unreadable data file (as nobody)" "$open_all; chmod 000 input/people/dominic-raab.yml" "as_nobody build"
run unreadable-folder "an unreadable folder (as nobody)" "$open_all; chmod 000 input/people" "as_nobody build" "" "chmod 755 input/people"
run unreadable-layout "an unreadable layout (as nobody)" "$open_all; chmod 000 theme/layouts/about.liquid" "as_nobody build"
run unreadable-font "an unreadable font (as nobody)" "$open_all; chmod 000 theme/fonts/DejaVuSans-Bold.ttf" "as_nobody build"
run large-file "a 200 MB data file (sparse)" "truncate -s 200M input/sources/big.yml" "staticsite build"

# --- output that cannot be written ------------------------------------------------------------------------------
run write-parent "output in a folder nobody may write (as nobody)" "$open_all; mkdir locked && chmod 555 locked" "as_nobody build --output locked/site" "ls -a locked | tr '\n' ' '"
run write-readonly-fs "output on a read-only file system, a previous output there" "mkdir ro && mount -t tmpfs -o size=20m tmpfs ro && staticsite build --output ro/site > /dev/null 2>&1 && (cd ro/site && find . -type f -print0 | sort -z | xargs -0 sha1sum) | sha1sum | cut -c1-12 > ../output.sha && mount -o remount,ro ro && echo ro/site > ../out.name" "staticsite build --output ro/site" "" "umount ro"
run write-full-disk "output on a full disk (tmpfs size=256k)" "mkdir full && mount -t tmpfs -o size=256k tmpfs full" "staticsite build --output full/site" "ls -a full | tr '\n' ' '" "umount full"
run write-cache-ro "share-card cache on a read-only file system" "mkdir ro && mount -t tmpfs -o size=1m,ro tmpfs ro" "staticsite build --cache ro/cache" "" "umount ro"

# --- links that run code ----------------------------------------------------------------------------------------
for variant in "js:[x](javascript:alert(1))" "js-case:[x](JaVaScRiPt:alert(1))" "js-slashes:[x](javascript://%0Aalert(document.domain))" \
    "js-entity:[x](&#106;avascript:alert(1))" "js-percent:[x](java%73cript:alert(1))" "js-tab:[x](java&#9;script:alert(1))" \
    "js-space:[x]( javascript:alert(1))" "js-image:![x](javascript:alert(1))" "js-autolink:<javascript:alert(1)>" \
    "js-reference:[x][r]\n\n[r]: javascript:alert(1)" "data-html:[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" \
    "data-image:![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)" "vbscript:[x](vbscript:msgbox(1))" "file:[x](file:///etc/passwd)" \
    "raw-html:<a href=\"javascript:alert(1)\">x</a>"; do
    run "link-${variant%%:*}" "in a section: ${variant#*:}" "append $section '\n\nSee ${variant#*:}.\n'" "staticsite build"
done
run link-data-field "javascript: as a source's url" "printf 'title: X\npublisher: x\nurl: \"javascript:alert(1)\"\ndate: 2020\nkind: news\n' > input/sources/bad-url.yml" "staticsite build"

# --- limits -------------------------------------------------------------------------------------------------------
run deep-quotes "2,000 nested block quotes" "python3 -c \"open('$section','a').write('\n\n' + '> ' * 2000 + 'x\n')\"" "staticsite build"
run deep-lists "2,000 nested list items" "python3 -c \"open('$section','a').write('\n\n' + '- ' * 2000 + 'x\n')\"" "staticsite build"
run deep-emphasis "20,000 nested emphasis markers" "python3 -c \"open('$section','a').write('\n\n' + '*_' * 10000 + 'x' + '_*' * 10000 + '\n')\"" "staticsite build"
run deep-brackets "100,000 unclosed [ in a paragraph" "python3 -c \"open('$section','a').write('\n\n' + '[' * 100000 + '\n')\"" "staticsite build"
run deep-yaml "YAML nested 10,000 deep" "python3 -c \"open('input/agencies/nec.yml','a').write('extra: ' + '[' * 10000 + ']' * 10000 + '\n')\"" "staticsite build"
bomb='a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n'
run yaml-bomb-value "YAML alias bomb as a value" "append input/agencies/nec.yml '${bomb}bomb: *h\n'" "DOTNET_GCHeapHardLimit=0x40000000 staticsite build"
run yaml-bomb-key "YAML alias bomb as a mapping key" "append input/agencies/nec.yml '${bomb}? *h\n: boom\n'" "DOTNET_GCHeapHardLimit=0x40000000 staticsite build"
run yaml-two-docs "a second YAML document after ---" "append input/agencies/nec.yml '---\nname: Other\n'" "staticsite build"
run liquid-loop "{% for i in (1..2000000000) %} in a layout (heap capped at 1 GB)" "append theme/layouts/about.liquid '{% for i in (1..2000000000) %}{{ i }}{% endfor %}'" "DOTNET_GCHeapHardLimit=0x40000000 staticsite build"
run liquid-recursion "a partial that includes itself" "printf \"{%% include 'loop' %%}\" > theme/partials/loop.liquid && append theme/layouts/about.liquid \"{% include 'loop' %}\"" "DOTNET_GCHeapHardLimit=0x40000000 staticsite build"
run huge-page "a 30 MB paragraph in a section" "python3 -c \"open('$section','a').write('\n\n' + 'word ' * 6000000 + '\n')\"" "staticsite build"

# --- validation, encodings, positions -----------------------------------------------------------------------------
run alias-newline "an alias with a trailing newline" "sed -i 's|aliases: \\[\"/mi6/\"\\]|aliases: [\"/mi7/\\\\n\"]|' input/agencies/sis.yml" "staticsite build" "grep -c mi7 output/_redirects 2>/dev/null"
run name-newline "a file named 'newag\\\\n.yml'" "cp input/agencies/nec.yml input/agencies/\$'newag\\n.yml'" "staticsite build"
run person-main "a person whose id is main" "cp input/people/dominic-raab.yml input/people/main.yml" "staticsite build" "grep -o 'id=\"main\"' output/people/index.html 2>/dev/null | wc -l"
run id-upper "a file name with capitals" "cp input/agencies/nec.yml input/agencies/NEC2.yml" "staticsite build"
run utf16 "a data file in UTF-16" "iconv -f UTF-8 -t UTF-16 input/agencies/nec.yml > x && mv x input/agencies/nec.yml" "staticsite build"
run bad-utf8 "invalid UTF-8 in a summary" "sed -i '2s/\$/\\xff\\xfe/' input/agencies/nec.yml" "staticsite build"
run bom "UTF-8 with a byte-order mark" "printf '\\xef\\xbb\\xbf' | cat - input/agencies/nec.yml > x && mv x input/agencies/nec.yml" "staticsite build"
run tab-block "a tab in a block scalar" "python3 -c \"p='input/episodes/us-lobbying.yml'; s=open(p).read(); i=s.index('body: |\n'); j=s.index('\n', i + 9); open(p,'w').write(s[:j+1] + '\tA tabbed line.\n' + s[j+1:])\"" "staticsite build"
run unclosed-bracket "an unclosed [ in a flow sequence" "sed -i 's/^sources: \\[\\(.*\\)\\]\$/sources: [\\1/' input/people/dominic-raab.yml" "staticsite build"
run nul-byte "a NUL byte in a data file" "sed -i '2s/\$/\\x00x/' input/agencies/nec.yml" "staticsite build"

# --- the theme ----------------------------------------------------------------------------------------------------
run theme-missing "--theme nope" "" "staticsite build --theme nope"
run input-missing "--input nope" "" "staticsite build --input nope"
run render-missing "{% render 'nope' %} in a layout" "append theme/layouts/about.liquid \"{% render 'nope' %}\"" "staticsite build"
run unknown-filter "an unknown filter" "append theme/layouts/about.liquid '{{ page.Title | nosuchfilter }}'" "staticsite build"
run misspelt-variable "a misspelt variable" "append theme/layouts/about.liquid '{{ page.titel }}'" "staticsite build"
run liquid-syntax "an unclosed Liquid tag" "append theme/layouts/about.liquid '{% if page.title %}'" "staticsite build"
run corrupt-font "a font file that is not a font" "echo 'not a font' > theme/fonts/DejaVuSans-Bold.ttf" "staticsite build"

# --- the command line ---------------------------------------------------------------------------------------------
run opt-unknown "an unknown option" "" "staticsite build --frobnicate"
run opt-short "an unknown short option" "" "staticsite build -x"
run opt-case "an option in another case (Hugo's)" "" "staticsite build --baseURL https://example.org/"
run opt-typo "a misspelt option" "" "staticsite build --outptu site"
run opt-stray "a stray argument" "" "staticsite build extra"
run opt-command "an unknown command" "" "staticsite biuld"
run opt-missing-value "an option without its value" "" "staticsite build --output"

echo "results: $results ($(wc -l < "$results") cases); work folder $work"
