#!/usr/bin/env bash
# Creates 300 councils' realms on one fresh Keycloak and prints the provisioning time and the
# Keycloak heap at 10, 100 and 300 realms.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -B -q -Pbench-realms package
