"""All I/O: OPC UA client, simulator, site profiles, paths, logging. No Qt widgets here."""
