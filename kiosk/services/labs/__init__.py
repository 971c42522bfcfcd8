"""Lab modules as files: safe YAML reading with line numbers, validation with plain-word messages,
checks against the site's cells, and the catalog the kiosk offers (see loader)."""

from kiosk.services.labs.loader import (
    MAX_FILE_BYTES,
    LabCatalog,
    ModuleEntry,
    display_path,
    load_catalog,
    load_module_file,
    load_paths,
    shipped_labs_dir,
)

__all__ = [
    "MAX_FILE_BYTES",
    "LabCatalog",
    "ModuleEntry",
    "display_path",
    "load_catalog",
    "load_module_file",
    "load_paths",
    "shipped_labs_dir",
]
