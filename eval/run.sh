#!/bin/sh
# `make eval`: quality against the gold in ../shared. Scores, not tests.
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
python3 eval/seed_eval.py "$BUILD/fivew" "$SHARED"
for split in dev test; do
    python3 eval/uner_eval.py "$BUILD/fivew" "$SHARED/eval/uner/en_ewt-ud-$split.iob2" $split
done
python3 eval/polnear_eval.py "$BUILD/fivew" "$SHARED" "$BUILD/polnear.system.jsonl"
python3 eval/events_eval.py "$BUILD/fivew" "$SHARED"
printf 'tabari_validation: '
"$BUILD/fivew" validate "$SHARED/events/tabari/Validate.project" | tail -n 1
