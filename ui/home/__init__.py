"""Home and planning: the list of networks and sessions, the planner, the network form."""
