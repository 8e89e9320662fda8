# The user's event dictionaries: warnings name file and line; events use
# them, with the issues of their sentence; a dictionary that cannot be
# read stops the run.
printf 'GONDORIA [GDR]\nELBONIA [ELB]\nNO_CODE_HERE\n' > my.actors
printf 'BLORP [190]\n- * BROKEN PATTERN\n' > my.verbs
printf '<ISSUE CATEGORY="FARMING" TYPE="ALL">\nn:farm [FARMS]\nn:crop [CROPS]\nno code\n</ISSUE>\n' > my.issues
printf 'Gondoria blorped Elbonia farms and crops on Monday.\n' > in.txt
"$FIVEW" --no-default-dictionaries --actors my.actors --verbs my.verbs \
    --issues my.issues --no-text in.txt | sed 's/.*"events"/"events"/'
echo "exit $?" >&2
"$FIVEW" --actors nosuch.actors in.txt; echo "exit $?" >&2
