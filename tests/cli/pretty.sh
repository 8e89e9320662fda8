printf 'Headline\nMOSCOW (AFP) - Body "quoted" here.\n' > s.txt
"$FIVEW" --pretty --sentences s.txt > pretty.json
"$FIVEW" --sentences s.txt > compact.json
python3 -c 'import json,sys; a=json.load(open("pretty.json")); b=json.loads(open("compact.json").read()); print(a==b, len(open("pretty.json").read().splitlines())>10)'
