a0001biz
r f BC-Test-Markets 2ndLd-Writethru   11-27 0321
^BC-Test-Markets, 2nd Ld-Writethru,321<
^Stocks climb as rates ease<
^Eds: Updates with close.<
^By JO LANE=
^AP Business Writer=
	   NEW YORK (AP) _ Stocks climbed on Thursday as bond yields eased.
 
	   ``It's a relief,'' said one trader, who asked not to be named.
 
	   ___
	   AP writer Kim Day contributed.
AP-WF-11-27-26 2103GMT<

