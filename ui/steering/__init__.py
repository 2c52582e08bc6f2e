"""Steering a network: its page (profile, health, engagement, programme), charts, members,
import."""
