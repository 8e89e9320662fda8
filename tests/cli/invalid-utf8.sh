printf 'Headline\nBody \303(\n' > bad.txt
printf 'caf\355\240\200\n' > surrogate.txt
printf 'over\300\257long\n' > overlong.txt
"$FIVEW" bad.txt surrogate.txt overlong.txt
