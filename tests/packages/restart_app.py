"""A Python 3 application that registers for restart through ctypes on librestartmanager.so.0.

    python3 restart_app.py LIBRARY FOLDER [--restarted]

It keeps FOLDER/resource.txt open (what the installer will replace), calls
RegisterApplicationRestart with the command line that starts it again with --restarted, and
writes FOLDER/started (or FOLDER/restarted): its PID, its registration's result, the value of
RESTARTMANAGER_RESTARTED and its user ID. Then it waits to be closed (SIGTERM ends it).
"""

import ctypes
import os
import signal
import sys


def main():
    library_path, folder = sys.argv[1], sys.argv[2]
    restarted = "--restarted" in sys.argv[3:]

    library = ctypes.CDLL(library_path)
    register = library.RegisterApplicationRestart
    register.argtypes = [ctypes.c_wchar_p, ctypes.c_uint32]  # PCWSTR, DWORD
    register.restype = ctypes.c_int32  # HRESULT

    resource = open(os.path.join(folder, "resource.txt"), "rb")
    script = os.path.abspath(__file__)
    command_line = f'"{script}" "{library_path}" "{folder}" --restarted'
    result = register(command_line, 0)

    marker = os.path.join(folder, "restarted" if restarted else "started")
    with open(marker + ".part", "w", encoding="utf-8") as out:
        restarted_variable = os.environ.get("RESTARTMANAGER_RESTARTED", "-")
        out.write(f"{os.getpid()} {result} {restarted_variable} {os.getuid()}\n")
    os.rename(marker + ".part", marker)

    while not resource.closed:
        signal.pause()


if __name__ == "__main__":
    main()
