#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME keyring, so tests use a
# real Secret Service without ever touching the developer's own keychain. Linux only; elsewhere the
# command runs as is (macOS Keychain / Windows Credential Manager need no session bus).
set -euo pipefail
if [ "$(uname -s)" != "Linux" ]; then exec "$@"; fi
if [ "${WORKLOG_DESK_IN_TEST_KEYRING:-}" = "1" ]; then exec "$@"; fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: $tool is missing. Install the test keychain: sudo apt-get install gnome-keyring dbus dbus-x11 libsecret-1-dev" >&2
    exit 1
  fi
done
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home"   # a fresh keyring: an old one with another password stays locked
export WORKLOG_DESK_IN_TEST_KEYRING=1
dbus-run-session -- bash -c 'printf %s "worklog-desk-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' _ "$@"
