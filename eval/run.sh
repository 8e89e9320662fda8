#!/bin/sh
# `make eval`: quality against the gold in ../shared. Scores, not tests.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
python3 eval/seed_eval.py "$BUILD/fivew" "$SHARED"
