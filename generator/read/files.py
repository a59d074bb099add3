"""File-system helpers shared by the stages: reading a listed file without following a link, and
one clear message for a failure of the file system (what failed, which path, what to do)."""
from __future__ import annotations

import errno
import os
from pathlib import Path

# Where the system has no O_NOFOLLOW (Windows) the listing's check of links is all there is.
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


def read_listed(path: Path) -> bytes:
    """The bytes of a file listed in the input folder, refusing it if it has become a symbolic
    link since it was listed (ELOOP, an OSError like any other failure to read)."""
    fd = os.open(path, os.O_RDONLY | _NO_FOLLOW)
    with os.fdopen(fd, "rb") as f:
        return f.read()


# errno → (what happened, what to do), each in Chinese / English
_ADVICE = {
    errno.ENOSPC: ("磁盘空间已满", "disk full", "腾出磁盘空间后重新运行", "free some space and run it again"),
    errno.EDQUOT: ("超出磁盘配额", "disk quota exceeded", "腾出空间后重新运行", "free some space and run it again"),
    errno.EACCES: ("没有权限", "permission denied", "检查该文件夹的权限（或换一个可写的位置）后重新运行",
                   "make it writable (or use another place) and run it again"),
    errno.EPERM: ("不允许的操作", "operation not permitted", "检查该文件或文件夹的权限和属性后重新运行",
                  "check its permissions and attributes and run it again"),
    errno.EROFS: ("文件系统是只读的", "read-only file system", "换一个可写的位置，或把它重新挂载为可写",
                  "use a writable place, or remount it read-write"),
    errno.EBUSY: ("文件或文件夹正被占用（可能是挂载点）", "device or resource busy (a mount point?)",
                  "关闭占用它的程序，或用 --site-dir 指定别的输出文件夹", "close what holds it, or choose another --site-dir"),
    errno.ENOTDIR: ("这里应是文件夹，却是文件", "not a folder", "移走或删除这个文件后重新运行",
                    "move or remove the file and run it again"),
    errno.EEXIST: ("这里应是文件夹，却已有同名文件", "a file is in the way", "移走或删除这个文件后重新运行",
                   "move or remove the file and run it again"),
    errno.EISDIR: ("这里应是文件，却是文件夹", "is a folder", "移走或删除这个文件夹后重新运行",
                   "move or remove the folder and run it again"),
    errno.EIO: ("读写出错（磁盘或网络盘故障？）", "input/output error (a failing disk or network share?)",
                "检查磁盘或网络连接后重新运行", "check the disk or the connection and run it again"),
}


def describe_os_error(e: OSError) -> str:
    """One message for a failure of the file system: what, which path, what to do (中文 / English)."""
    what_cn, what_en, do_cn, do_en = _ADVICE.get(e.errno, (
        "文件读写失败", e.strerror or type(e).__name__, "排除上述问题后重新运行", "fix that and run it again"))
    paths = " → ".join(str(p) for p in (e.filename, e.filename2) if p)
    where = f"：{paths}" if paths else ""
    detail = f"（{e.strerror}）" if e.strerror and e.errno in _ADVICE and e.strerror.lower() != what_en else ""
    return (f"{what_cn}{detail}{where}。{do_cn}；之前的网站保持不变。"
            f" / {what_en}{': ' + paths if paths else ''}: {do_en}; the previous site is untouched.")
