#!/usr/bin/env bash
# The hostile-input suite at the issue's full sizes (10 MB of text, 100,000 nested divs, 100,000 JSON lines...),
# with its time and memory bounds. Takes several minutes; CI runs the same tests at small sizes.
set -euo pipefail
cd "$(dirname "$0")/../.."
TRIANGULATE_SOAK=1 dotnet test tests/Triangulate.Hostile.Tests -c Release --logger "console;verbosity=detailed" "$@"
