#!/usr/bin/env bash
# Writes a copy of theme/ whose layouts are as plain as ssgbench's Hugo templates (a title, the Markdown, an
# episode's agencies, the lists), to time the build apart from what our own theme adds to every page.
# Partials stay empty except the two the link check needs (the page's glossary terms and its numbered sources).
#
#   tests/StaticSite.Benchmarks/minimal-theme.sh OUT_DIR
#   staticsite build --input /dev/shm/ss/n1000/input --theme OUT_DIR --output /tmp/out
set -euo pipefail
OUT="$1"
THEME="$(cd "$(dirname "$0")/../.." && pwd)/theme"
rm -rf "$OUT"
cp -R "$THEME" "$OUT"
for layout in "$OUT"/layouts/*.liquid; do
  printf '<h1>{{ page.Title }}</h1>\n{{ html.body | raw }}\n' > "$layout"
done
for partial in "$OUT"/partials/*.liquid; do
  case "$(basename "$partial")" in terms.liquid | sources.liquid) ;; *) : > "$partial" ;; esac
done
cp "$THEME/layouts/sources.liquid" "$OUT/layouts/sources.liquid" # cited sources are linked to their entries there
cat > "$OUT/layouts/base.liquid" <<'LIQUID'
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{% if page.Url == "/" %}{{ site.Title }}{% else %}{{ page.Title }} | {{ site.Title }}{% endif %}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header><a class="brand" href="/">{{ site.Title }}</a>
<nav><a href="/">Home</a> <a href="/sections/">Sections</a> <a href="/agencies/">Agencies</a> <a href="/episodes/">Timeline</a></nav>
</header>
<main>
{{ content | raw }}
{% render 'terms', terms: terms %}
{% render 'sources', sources: sources %}
</main>
<footer>Synthetic benchmark content.</footer>
</body>
</html>
LIQUID
cat > "$OUT/layouts/episode.liquid" <<'LIQUID'
<article class="episode">
<h1>{{ page.Title }}</h1>
<p class="meta"><time>{{ data.Episode.Date.Iso }}</time></p>
<p class="agencies">Agencies: {% for a in data.Agencies %}<a href="{{ a.Url }}">{{ a.Text }}</a> {% endfor %}</p>
<p class="summary">{{ data.Episode.Summary }}</p>
{{ html.body | raw }}
</article>
LIQUID
cat > "$OUT/layouts/list.liquid" <<'LIQUID'
<h1>{{ page.Title }}</h1>
{%- for group in data.Groups %}<h2>{{ group.Heading }}</h2>
<ul>
{% for item in group.Items %}<li><a href="{{ item.Url }}">{{ item.Text }}</a> {{ item.Note }}</li>
{% endfor %}</ul>
{%- endfor %}
LIQUID
