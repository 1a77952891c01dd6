#!/usr/bin/env bash
# Public catalog, 1,000 products of two variants and one picture each, first page of 24 sorted by name:
#  - the JSON list against pgbench running the same SQL as the endpoint (the shop by slug, the page, the page's
#    variants and images; prepared, with bound parameters, as the JDBC driver runs them) with the same number of connections;
#  - the storefront's HTML page of the same 24 products against that JSON list.
# Rounds rotate the order of the three. Targets: JSON >= 0.5 x pgbench, page >= 0.5 x JSON. On PostgreSQL.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
need wrk wrk
need pgbench postgresql-client
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-8}
PRODUCTS=${PRODUCTS:-1000}
WARMUP=${WARMUP:-60s}

home=$(unpack)
db="" work=$(mktemp -d)
trap 'stop "$home"; rm -rf "$home" "$work"; [ -n "$db" ] && drop_database "$db"' EXIT
db=$(on_postgres "$home")
add_console_user "$home"
start "$home"
api="http://127.0.0.1:$HTTP_PORT/api"
wait_200 "$api/v1/health" 180

password="saffron lantern 1942 quietly"
credentials="{\"email\": \"owner@example.com\", \"password\": \"$password\"}"
curl -sf -X POST "$api/v1/auth/register" -H 'Content-Type: application/json' -d "$credentials" >/dev/null
token=$(curl -sf -X POST "$api/v1/auth/login" -H 'Content-Type: application/json' -d "$credentials" \
  | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
auth="Authorization: Bearer $token"
merchant=$(curl -sf -X POST "$api/v1/merchants" -H "$auth" -H 'Content-Type: application/json' -d '{"slug": "bench-shop",
  "displayName": "Bench", "legalName": "Bench AB", "country": "SE", "currency": "SEK", "organisationNumber": "556677-8899",
  "payoutIban": "SE4550000000058398257466"}' | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
console "$home" "drop:merchant approve bench-shop --reason benchmark" >/dev/null
curl -sf -X POST "$api/v1/merchants/$merchant/categories" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"name": "Eau de Parfum"}' >/dev/null

echo "importing $PRODUCTS products"
header="sku,name,brand,description,status,categories,variant_sku,variant_name,price,stock,attribute:notes"
for i in $(seq 1 "$PRODUCTS"); do
  for size in 50 100; do
    echo "P$i,Parfum $i,Maison $((i % 17)),A scent with notes of bergamot and cedar,PUBLISHED,eau-de-parfum,P$i-$size,$size ml,$((900 + i % 400)).00,$((i % 5)),\"bergamot, cedar\""
  done
done > "$work/rows.csv"
# sheets of 500 products (a sheet is bounded in size; an even number of rows keeps a product's variants together)
split -l 1000 -d "$work/rows.csv" "$work/part-"
for part in "$work"/part-*; do
  { echo "$header"; cat "$part"; } > "$part.csv"
  curl -sf -X POST "$api/v1/merchants/$merchant/products/import" -H "$auth" -H 'Content-Type: text/csv' \
    --data-binary @"$part.csv" >/dev/null
done
echo "giving each product a picture"
java "$ROOT/bench/MakePhoto.java" 800 1000 "$work/photo.jpg"
psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT id FROM catalog.product WHERE merchant_id = '$merchant'" > "$work/ids"
xargs -P 2 -I{} curl -sf -o /dev/null -F "file=@$work/photo.jpg" -F "alt=A bottle" \
  "$api/v1/merchants/$merchant/products/{}/images" -H "$auth" < "$work/ids"
url="$api/v1/catalog/bench-shop/products?limit=24"
page="http://127.0.0.1:$HTTP_PORT/shop/bench-shop/"
count=$(curl -sf "$url" | grep -o '"slug"' | wc -l)
[ "$count" = 24 ] || { echo "the list has $count products, not 24" >&2; exit 1; }
cards=$(curl -sf "$page" | grep -c 'class="card"')
[ "$cards" = 24 ] || { echo "the page shows $cards products, not 24" >&2; exit 1; }

# the endpoint's statements as the JDBC driver sends them (see MerchantMapper.xml and CatalogMapper.xml): prepared,
# with the values as bind parameters ($1, $2, ...), which pgbench -M prepared makes of its :variables. The same four
# with the values written into the SQL text are timed too, for comparison only: PostgreSQL plans those differently
# (a constant array in ANY(...) is hashed, a bound one is searched element by element), so they are not the same SQL.
ids=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "SELECT '{' || string_agg(id::text, ',') || '}' FROM (SELECT id
  FROM catalog.product WHERE merchant_id = '$merchant' AND status = 'PUBLISHED' ORDER BY name, id LIMIT 25) page")
cat > "$work/list.sql" <<'SQL'
SELECT m.id, m.slug, m.display_name, m.legal_name, m.country, m.currency, m.organisation_number, m.payout_iban, m.status, m.created_at, m.updated_at, m.version FROM merchants.merchant m WHERE m.slug = :slug;
SELECT p.id, p.slug, p.name, p.brand, p.description, p.attributes, p.seo_title, p.seo_description, p.currency, p.min_price, p.in_stock, p.created_at FROM catalog.product p WHERE p.merchant_id = :merchant AND p.status = 'PUBLISHED' ORDER BY p.name, p.id LIMIT :limit;
SELECT product_id, sku, name, price, stock FROM catalog.variant WHERE product_id = ANY(:ids) ORDER BY product_id, position;
SELECT id, product_id, alt, width, height, files FROM catalog.image WHERE product_id = ANY(:ids) ORDER BY product_id, position;
SQL
sed -e "s/:slug/'bench-shop'/; s/:merchant/'$merchant'/; s/:limit/25/; s/:ids/'$ids'::uuid[]/g" "$work/list.sql" > "$work/literal.sql"
variables=(-D slug=bench-shop -D "merchant=$merchant" -D limit=25 -D "ids=$ids")

wrk_rate() {  # wrk_rate <url>: requests per second, failing on any error
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$1")
  if echo "$out" | grep -qE "Non-2xx|Socket errors"; then echo "errors: $out" >&2; exit 1; fi
  echo "$out" | awk '/Requests\/sec/ { printf "%d", $2 }'
}
json_round() { jsons+=("$(wrk_rate "$url")"); }
page_round() { pages+=("$(wrk_rate "$page")"); }
tps() {  # tps <script>: pgbench transactions per second of the script, prepared, with the bench's variables
  pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$1" "${variables[@]}" -h 127.0.0.1 -U postgres "$db" \
    2>/dev/null | awk '/^tps/ { printf "%d", $3 }'
}
pgbench_round() { pgbenches+=("$(tps "$work/list.sql")"); literals+=("$(tps "$work/literal.sql")"); }

cpu0=$(cpu_times)
echo "warming up ($WARMUP each; the JIT is still speeding the endpoints up after 20 s)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
if [ -n "${PROFILE:-}" ]; then  # PROFILE=<file.jfr>: a JFR recording of 20 s of the JSON list under load
  jcmd "$(karaf_pid "$home")" JFR.start name=list settings=profile filename="$PROFILE" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d20s "$url" >/dev/null
  jcmd "$(karaf_pid "$home")" JFR.stop name=list >/dev/null
fi
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$page" >/dev/null
DURATION=5 tps "$work/list.sql" >/dev/null
jsons=() pages=() pgbenches=() literals=()
for r in $(seq 1 "$ROUNDS"); do  # the order rotates, so no side always runs first or last
  case $(( r % 3 )) in
    1) json_round; pgbench_round; page_round ;;
    2) pgbench_round; page_round; json_round ;;
    0) page_round; json_round; pgbench_round ;;
  esac
  echo "round $r: JSON ${jsons[-1]} req/s, page ${pages[-1]} req/s, pgbench ${pgbenches[-1]} tps (literals ${literals[-1]})"
done
json=$(printf '%s\n' "${jsons[@]}" | median); html=$(printf '%s\n' "${pages[@]}" | median)
sql=$(printf '%s\n' "${pgbenches[@]}" | median); literal=$(printf '%s\n' "${literals[@]}" | median)

echo
echo "median of $ROUNDS rounds of ${DURATION}s, $CONNECTIONS connections, $PRODUCTS products, $(nproc) cores ($(steal_since "$cpu0"))"
echo "  GET /api/v1/catalog/bench-shop/products?limit=24 : $json req/s"
echo "  GET /shop/bench-shop/ (the same 24, as HTML)     : $html req/s"
echo "  pgbench, the endpoint's four statements          : $sql tps"
echo "  (the same with the values written into the SQL   : $literal tps; not the endpoint's SQL, shown for comparison)"
echo "  ratio JSON / pgbench                             : $(awk -v a="$json" -v b="$sql" 'BEGIN { printf "%.2f", a / b }') (target >= 0.5)"
echo "  ratio page / JSON                                : $(awk -v a="$html" -v b="$json" 'BEGIN { printf "%.2f", a / b }') (target >= 0.5)"
