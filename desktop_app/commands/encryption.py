"""`hadir db encrypt` and `hadir db decrypt` (admin): convert the --db file in place, crash-safe."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from desktop_app.commands.context import CommandContext
from desktop_app.commands.output import Result
from desktop_app.services.roles import require_admin


def encrypt(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Encrypt the database; the recovery key is printed this once."""
    from desktop_app.exports.recovery.sheet import write_recovery_sheet
    from desktop_app.services.privacy.encryption import encrypt_database

    require_admin(ctx.services.db, ctx.operator.id, "encrypt the database")
    path, backup_dir = ctx.services.db.path, ctx.services.backups.backup_dir
    ctx.close()  # the file is rewritten
    done = encrypt_database(path, backup_dir)
    data = {
        "path": str(done.path),
        "encrypted": True,
        "backups": done.backups,
        "recovery_key": done.recovery_key,
    }
    if args.recovery_sheet:
        assert done.recovery_key is not None
        sheet = Path(args.recovery_sheet).expanduser()
        write_recovery_sheet(sheet, done.recovery_key, str(done.path), datetime.now())
        data["recovery_sheet"] = str(sheet.resolve())
    lines = [
        f"{done.path} is encrypted; this user account opens it without a password.",
        f"Recovery key (shown once; write it down or print it, keep it away from the laptop): {done.recovery_key}",
        "It opens the database or a backup on another computer: hadir restore FILE --recovery-key KEY",
    ]
    return Result(data, lines)


def decrypt(ctx: CommandContext, args: argparse.Namespace) -> Result:
    """Turn the database back into a plain SQLite file."""
    from desktop_app.services.privacy.encryption import decrypt_database

    require_admin(ctx.services.db, ctx.operator.id, "decrypt the database")
    path, backup_dir = ctx.services.db.path, ctx.services.backups.backup_dir
    ctx.close()
    done = decrypt_database(path, backup_dir)
    return Result(
        {"path": str(done.path), "encrypted": False, "backups": done.backups},
        [f"{done.path} is no longer encrypted."],
    )
