#!/usr/bin/env bash
# Nightly backup: a compressed custom-format dump of the portal's database, kept for
# BACKUP_KEEP_DAYS days. The dump holds encrypted columns and blind indexes only as
# ciphertext: keep PORTAL_DATA_KEY somewhere else than the backups, or they are useless.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is not set}"
: "${BACKUP_DIR:?BACKUP_DIR is not set}"
keep=${BACKUP_KEEP_DAYS:-14}
mkdir -p "$BACKUP_DIR"
# libpq does not know SQLAlchemy's driver suffix.
url=${DATABASE_URL/postgresql+psycopg:/postgresql:}
file="$BACKUP_DIR/tidlig-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --file="$file.part" "$url"
mv "$file.part" "$file"
find "$BACKUP_DIR" -name 'tidlig-*.dump' -mtime "+$keep" -delete
echo "$file"
