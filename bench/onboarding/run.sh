#!/usr/bin/env bash
# Onboards 200 councils (then 20 more) on a fresh stack and prints tenants/minute, median and
# p95 onboarding time at 0, 100 and 200 existing tenants, and the server's heap afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -B -q -Pbench-onboarding package
