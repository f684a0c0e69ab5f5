#!/usr/bin/env bash
# Onboards 100 councils on a fresh stack and loads their home and news pages with wrk on loopback,
# served by nginx as files, by Liberty as files of a WAR, by Civitas directly and through the
# production caching proxy (docker/proxy/civitas.conf); then a council's stylesheet with and
# without a session cookie and a logged-in citizen's /espace. Prints medians of three runs and
# the ratios (see the README, Benchmarks).
set -euo pipefail
cd "$(dirname "$0")/../.."

apt_packages=()
command -v wrk >/dev/null 2>&1 || apt_packages+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || apt_packages+=(nginx)
if [ ${#apt_packages[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${apt_packages[@]}"
fi

exec ./mvnw -B -q -Pbench-portal package
