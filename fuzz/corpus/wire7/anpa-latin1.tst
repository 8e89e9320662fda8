a0002x
u i BC-Cafe   11-27 0042
^BC-Cafe,42<
^Café owners “protest” in Zürich<
	   ZURICH (AP) _ Café owners protested – loudly.
AP-WF-11-27-26 0900GMT<
