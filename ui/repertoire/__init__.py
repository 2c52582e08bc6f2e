"""The repertoire: the network's entries, their search, editing and actions."""
