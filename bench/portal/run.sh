#!/usr/bin/env bash
# Onboards 100 councils on a fresh stack, loads their home and news pages with wrk (64
# connections on loopback), then the same pages copied into nginx, and prints requests/s, p50
# and p99 of both and the ratio Civitas/nginx.
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
