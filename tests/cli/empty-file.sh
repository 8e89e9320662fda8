: > empty.txt
printf ' \n\t\n' > blank.txt
"$FIVEW" empty.txt blank.txt
