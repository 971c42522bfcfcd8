"""Where the kiosk keeps its settings, data and logs: the platform's folders, or one folder given on
the command line (`--data-dir DIR`). No global state: the composition root makes one AppPaths and
passes it on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "skillslab-kiosk"
SITE_OVERRIDE_NAME = "site.toml"
RECORDS_NAME = "records.sqlite"


@dataclass(frozen=True)
class AppPaths:
    """The kiosk's folders. Nothing is created until `ensure()` is called.

    - `config_dir`: settings written by an instructor, e.g. `site.toml` (the site profile override)
    - `data_dir`: the records database and exports
    - `log_dir`: log files
    """

    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's per-user folders for "skillslab-kiosk" (e.g. on Linux ~/.config/skillslab-kiosk,
        ~/.local/share/skillslab-kiosk and ~/.local/state/skillslab-kiosk/log)."""
        dirs = PlatformDirs(appname=APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, data_dir: str | Path) -> AppPaths:
        """Everything in one folder (`--data-dir DIR`): data in DIR, settings in DIR/config, logs in
        DIR/logs. Handy for a USB stick, a test, or two kiosks on one machine."""
        root = Path(data_dir).expanduser().absolute()
        return cls(config_dir=root / "config", data_dir=root, log_dir=root / "logs")

    @classmethod
    def from_option(cls, data_dir: str | Path | None) -> AppPaths:
        """`AppPaths.under(data_dir)` when the option was given, else `AppPaths.default()`."""
        return cls.default() if data_dir is None or str(data_dir) == "" else cls.under(data_dir)

    @property
    def site_override_file(self) -> Path:
        """The instructor's site profile override (may not exist)."""
        return self.config_dir / SITE_OVERRIDE_NAME

    @property
    def records_file(self) -> Path:
        """The trainee records database (kiosk.services.records.RecordStore)."""
        return self.data_dir / RECORDS_NAME

    def ensure(self) -> AppPaths:
        """Create the folders if they are missing. Returns self, so `AppPaths.default().ensure()` reads
        well. Raises OSError when a folder cannot be made (the caller reports it)."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self
