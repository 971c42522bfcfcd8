"""The visitor showcase (attract mode): the start screen of the kiosk."""
