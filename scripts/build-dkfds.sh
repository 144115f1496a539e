#!/usr/bin/env bash
# Builds the dkfds subset into portal/static/vendor/dkfds/ (committed, so running the
# portal needs no Node). Needs node + npm; run after changing assets/*.scss or versions.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/portal/static/vendor/dkfds"
exec 9>"$root/assets/.lock"; flock 9  # one build at a time
cd "$root/assets"
npm install --no-audit --no-fund --silent
dist="node_modules/dkfds/dist"
rm -rf "$out" && mkdir -p "$out/fonts" "$out/img"
npx sass --no-source-map --style=compressed --load-path="$dist/scss" portal.scss "$out/dkfds-portal.min.css"
cp "$dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-Regular-Latin1.woff2" \
   "$dist/fonts/IBMPlexSans/split/woff2/IBMPlexSans-SemiBold-Latin1.woff2" "$out/fonts/"
# Copy only the icons the built CSS refers to.
grep -o 'url("\?img/[^)"]*' "$out/dkfds-portal.min.css" | sed 's/.*img\///' | sort -u | while read -r icon; do
    src="$dist/img/svg-icons/$icon"; [ -f "$src" ] || src="$dist/img/$icon"
    cp "$src" "$out/img/$icon"
  done
cp node_modules/dkfds/LICENSE.md "$out/LICENSE.md"
echo "dkfds $(node -p "require('./node_modules/dkfds/package.json').version") built into $out:"
ls -l "$out" "$out/fonts" "$out/img" | awk '{print $5, $9}'
