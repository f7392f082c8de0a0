#!/usr/bin/env bash
# Build models/fr_migtext from models/config.cfg (the built pipeline is not committed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python -m spacy assemble "$here/config.cfg" "$here/fr_migtext" "$@"
echo "built $here/fr_migtext: load it with spacy.load(\"$here/fr_migtext\")"
