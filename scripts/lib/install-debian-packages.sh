#!/usr/bin/env bash
# Installs those of the named Debian packages that are missing (`install-debian-packages.sh nginx …`).
# Their services are kept from starting: the tests and `npm run demo:cluster` run their own
# redis-server and nginx on free ports, and a system one holding 6379 or 80 would only be in the way.
set -euo pipefail

missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]} from Debian…"

# invoke-rc.d and deb-systemd-invoke ask policy-rc.d before starting a service; 101 means "don't".
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
  $sudo chmod +x "$policy"
  trap '$sudo rm -f "$policy"' EXIT
fi

$sudo apt-get update -qq
# sudo resets the environment, so the variable is passed through env.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
