#!/usr/bin/env bash
# Image upload: a 12-megapixel JPEG (4000 x 3000, photo-like) posted to a product as multipart, until the 201 that
# follows decoding, turning upright, re-encoding without metadata and storing 320/640/1024/1600 px widths.
# Baseline in the same run: ImageMagick doing the same decode and four resizes to JPEG, as one command.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need convert-im6.q16 imagemagick
RUNS=${RUNS:-10}
WARMUP=${WARMUP:-8}

home=$(unpack)
work=$(mktemp -d)
trap 'stop "$home"; rm -rf "$home" "$work"' EXIT
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 180
java "$ROOT/bench/MakePhoto.java" 4000 3000 "$work/photo.jpg"

password="saffron lantern 1942 quietly"
credentials="{\"email\": \"owner@example.com\", \"password\": \"$password\"}"
until curl -sf -X POST "$api/v1/auth/register" -H 'Content-Type: application/json' -d "$credentials" >/dev/null; do sleep 0.5; done
token=$(curl -sf -X POST "$api/v1/auth/login" -H 'Content-Type: application/json' -d "$credentials" \
  | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
auth="Authorization: Bearer $token"
until merchant=$(curl -sf -X POST "$api/v1/merchants" -H "$auth" -H 'Content-Type: application/json' -d '{"slug": "bench-shop",
  "displayName": "Bench", "legalName": "Bench AB", "country": "SE", "currency": "SEK", "organisationNumber": "556677-8899",
  "payoutIban": "SE4550000000058398257466"}' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4); do sleep 0.5; done
until product=$(curl -sf -X POST "$api/v1/merchants/$merchant/products" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"sku": "P1", "name": "Parfum"}' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4); do sleep 0.5; done
images="$api/v1/merchants/$merchant/products/$product/images"

upload() {  # prints seconds to the 201, then deletes the image again
  local out id
  out=$(curl -s -w '\n%{http_code} %{time_total}' -F "file=@$work/photo.jpg" "$images" -H "$auth")
  [ "$(tail -1 <<< "$out" | cut -d' ' -f1)" = 201 ] || { echo "upload failed: $out" >&2; exit 1; }
  id=$(head -1 <<< "$out" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  curl -sf -X DELETE "$images/$id" -H "$auth" >/dev/null
  tail -1 <<< "$out" | cut -d' ' -f2
}
magick() {
  local start; start=$(millis)
  convert-im6.q16 "$work/photo.jpg" -auto-orient -strip -quality 85 \
    \( +clone -resize 1600x -write "$work/1600.jpg" +delete \) \( +clone -resize 1024x -write "$work/1024.jpg" +delete \) \
    \( +clone -resize 640x -write "$work/640.jpg" +delete \) -resize 320x "$work/320.jpg"
  awk -v ms=$(( $(millis) - start )) 'BEGIN { printf "%.3f\n", ms / 1000 }'
}

echo "warming up ($WARMUP uploads)"
for _ in $(seq 1 "$WARMUP"); do upload >/dev/null; done
cpu0=$(cpu_times)
uploads=() magicks=()
for _ in $(seq 1 "$RUNS"); do uploads+=("$(upload)"); magicks+=("$(magick)"); done
drop=$(printf '%s\n' "${uploads[@]}" | median); im=$(printf '%s\n' "${magicks[@]}" | median)

echo
echo "median of $RUNS, $(du -h "$work/photo.jpg" | cut -f1) 4000x3000 JPEG, $(nproc) cores ($(steal_since "$cpu0"))"
echo "  POST .../images (multipart) to 201     : ${drop} s"
echo "  ImageMagick, same decode and 4 widths  : ${im} s"
echo "  ratio ImageMagick / Drop               : $(awk -v a="$im" -v b="$drop" 'BEGIN { printf "%.2f", a / b }')"
