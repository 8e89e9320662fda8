# The user's event dictionaries: warnings name file and line; events use
# them; a dictionary that cannot be read stops the run.
printf 'GONDORIA [GDR]\nELBONIA [ELB]\nNO_CODE_HERE\n' > my.actors
printf 'BLORP [190]\n- * BROKEN PATTERN\n' > my.verbs
printf 'Gondoria blorped Elbonia on Monday.\n' > in.txt
"$FIVEW" --no-default-dictionaries --actors my.actors --verbs my.verbs \
    --no-text in.txt | sed 's/.*"events"/"events"/'
echo "exit $?" >&2
"$FIVEW" --actors nosuch.actors in.txt; echo "exit $?" >&2
