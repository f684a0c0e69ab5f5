#!/bin/bash
# One-shot (docker/compose.yaml's keycloak-init, on the Keycloak image): the platform's own client
# in Keycloak's master realm. Confidential, service account only, its account holding the master
# realm's create-realm role and nothing else there; Keycloak gives the creator of a realm that
# realm's management roles, so the platform manages the realms it creates (councils', operators')
# and no other. Idempotent: run again, it gives the client the current secret.
#   KEYCLOAK_URL, KC_BOOTSTRAP_ADMIN_USERNAME, KC_BOOTSTRAP_ADMIN_PASSWORD, CLIENT_ID, CLIENT_SECRET
set -euo pipefail

kcadm=${KCADM:-/opt/keycloak/bin/kcadm.sh}
config=/tmp/kcadm-$$.config
trap 'rm -f "$config"' EXIT

"$kcadm" config credentials --config "$config" --server "$KEYCLOAK_URL" --realm master \
  --user "$KC_BOOTSTRAP_ADMIN_USERNAME" --password "$KC_BOOTSTRAP_ADMIN_PASSWORD"

id=$("$kcadm" get clients --config "$config" -r master -q clientId="$CLIENT_ID" --fields id --format csv --noquotes)
# the secret goes through stdin, not the command line
if [ -z "$id" ]; then
  "$kcadm" create clients --config "$config" -r master -f - <<JSON
{"clientId": "$CLIENT_ID", "name": "Civitas platform", "enabled": true, "publicClient": false,
 "clientAuthenticatorType": "client-secret", "secret": "$CLIENT_SECRET", "serviceAccountsEnabled": true,
 "standardFlowEnabled": false, "implicitFlowEnabled": false, "directAccessGrantsEnabled": false,
 "protocol": "openid-connect"}
JSON
else
  "$kcadm" update "clients/$id" --config "$config" -r master -f - <<JSON
{"secret": "$CLIENT_SECRET"}
JSON
fi

"$kcadm" add-roles --config "$config" -r master --uusername "service-account-$CLIENT_ID" --rolename create-realm
echo "client $CLIENT_ID ready: its service account may create realms"
