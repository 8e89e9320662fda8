printf 'ELF\000\001\002' > prog.bin
"$FIVEW" prog.bin
