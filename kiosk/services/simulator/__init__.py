"""The simulated demo cell: a pure model (`model`) and its asyncua OPC UA server (`server`).

Import the submodule you need: `model` has no OPC UA dependency, `server` pulls in asyncua.
"""
