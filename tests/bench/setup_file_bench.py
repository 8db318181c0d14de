#!/usr/bin/env python3
"""bench_setup_file: the one-file setup (.run) against the same package as a folder and as a
tar --zstd archive, side by side in one run.

    python3 tests/bench/setup_file_bench.py BUILD_DIR [SIZE_MB ...]     (default: 10 1024)

For each payload size (70 % many small files of 4-64 KiB, 30 % four large files; half random,
half text, so that zstd has work to do) it measures, each the median of a few runs:
  - build: rm-setup-builder --level 3 against tar -I 'zstd -T0 -3' -cf
  - size: the .run against the tar.zst plus the runtime plus 64 KiB
  - verify: X.run --verify against sha256sum X.run
  - install: X.run --unattended against tar --zstd -xf
  - first page: X.run (wizard, offscreen) against restartmanager-setup --package FOLDER
and prints the ratios with the issue's goals. Needs nothing but the build and python3; writes
only into a temporary folder that it removes.
"""
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

GOALS = {"first page": 1.2, "verify": 1.2, "install": 1.25, "build": 1.2}


def make_package(root, size_mb, rng):
    payload = os.path.join(root, "payload")
    os.makedirs(payload)
    total = size_mb << 20
    small_total = total * 7 // 10
    files = []
    text = (b"The quick brown fox jumps over the lazy dog. " * 200)
    written = 0
    index = 0
    while written < small_total:
        size = rng.randint(4 << 10, 64 << 10)
        folder = os.path.join(payload, "data", "d%03d" % (index // 200))
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "f%06d.bin" % index)
        with open(path, "wb") as out:
            half = size // 2
            out.write(os.urandom(half))
            out.write((text * (size // len(text) + 1))[: size - half])
        files.append(os.path.relpath(path, root))
        written += size
        index += 1
    large = (total - small_total) // 4
    for i in range(4):
        path = os.path.join(payload, "large%d.bin" % i)
        with open(path, "wb") as out:
            left = large
            while left > 0:
                chunk = min(left, 8 << 20)
                out.write(os.urandom(chunk // 2))
                out.write((text * (chunk // len(text) + 1))[: chunk - chunk // 2])
                left -= chunk
        files.append(os.path.relpath(path, root))
    with open(os.path.join(root, "license.txt"), "w") as out:
        out.write("Benchmark payload.\n")
    manifest = {
        "format": 1,
        "product": "Bench Product",
        "version": "1.0",
        "publisher": "The benchmark",
        "license": "license.txt",
        "defaultInstallDir": "~/.local/opt/bench-product",
        "components": [{
            "id": "all", "name": "All", "description": "Everything.", "required": True,
            "installer": "stock",
            "files": [{"source": f, "target": f[len("payload/"):]} for f in files],
        }],
    }
    with open(os.path.join(root, "manifest.json"), "w") as out:
        json.dump(manifest, out)
    return len(files)


def timed(command, env=None, cwd=None):
    start = time.monotonic()
    result = subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    elapsed = time.monotonic() - start
    if result.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (command, result.returncode,
                                                   result.stdout.decode(errors="replace")[-2000:]))
    return elapsed


def first_page(command, env):
    start = time.monotonic()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        for line in process.stdout:
            if line.startswith(b"first page shown"):
                return time.monotonic() - start
        raise RuntimeError("%s showed no page" % command)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def median_of(runs, function):
    return statistics.median(function() for _ in range(runs))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    build = os.path.abspath(sys.argv[1])
    sizes = [int(s) for s in sys.argv[2:]] or [10, 1024]
    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    builder = os.path.join(build, "app", "rm-setup-builder")
    setup = os.path.join(build, "app", "restartmanager-setup")
    key = os.path.join(source, "tests", "keys", "test-signing.key")
    public = os.path.join(source, "tests", "keys", "test-signing.pub")
    runtime = sum(os.path.getsize(os.path.join(build, "app", "setup-runtime", name)) for name in (
        "rm-setup-launcher", "restartmanager-setup", "restartmanager-setup-unattended",
        "rm-secondary-installer", "rm-polite-close"))
    rng = random.Random(23)
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-setup-file-") as work:
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["RESTARTMANAGER_STORE_DIR"] = os.path.join(work, "store")
        # Everything setup writes stays below the temporary folder: its home, records and
        # desktop files.
        env["HOME"] = os.path.join(work, "home")
        env["RESTARTMANAGER_PRODUCTS_DIR"] = os.path.join(work, "products")
        env["RESTARTMANAGER_DESKTOP_PREFIX"] = os.path.join(work, "desktop")
        os.makedirs(env["HOME"], mode=0o700)
        os.makedirs(env["RESTARTMANAGER_STORE_DIR"], mode=0o700)
        for size in sizes:
            runs = 3 if size <= 100 else 1
            package = os.path.join(work, "package-%d" % size)
            count = make_package(package, size, rng)
            run_file = os.path.join(work, "Bench-%d.run" % size)
            archive = os.path.join(work, "bench-%d.tar.zst" % size)
            print("payload %d MB, %d files" % (size, count), flush=True)
            rows = []

            def build_run():
                return timed([builder, package, "-o", run_file, "--level", "3", "--sign", key])

            def build_tar():
                return timed(["tar", "-I", "zstd -T0 -3", "-cf", archive, "-C", package, "."])
            rows.append(("build", median_of(runs, build_run), median_of(runs, build_tar),
                         "tar -I 'zstd -T0 -3' -cf"))
            run_size = os.path.getsize(run_file)
            tar_size = os.path.getsize(archive)

            def verify():
                return timed(["sh", run_file, "--verify", "--trusted-key", public], env=env)

            def sha():
                return timed(["sha256sum", run_file])
            rows.append(("verify", median_of(runs, verify), median_of(runs, sha), "sha256sum"))

            counter = [0]

            def install():
                counter[0] += 1
                target = os.path.join(work, "install-%d-%d" % (size, counter[0]))
                elapsed = timed(["sh", run_file, "--unattended", "--no-close-applications",
                                 "--dir", target, "--trusted-key", public], env=env)
                shutil.rmtree(target)
                return elapsed

            def untar():
                counter[0] += 1
                target = os.path.join(work, "untar-%d-%d" % (size, counter[0]))
                os.makedirs(target)
                elapsed = timed(["tar", "--zstd", "-xf", archive, "-C", target])
                shutil.rmtree(target)
                return elapsed
            rows.append(("install", median_of(runs, install), median_of(runs, untar),
                         "tar --zstd -xf"))

            def page_run():
                return first_page(["sh", run_file, "--print-startup-time", "--trusted-key",
                                   public], env)

            def page_folder():
                return first_page([setup, "--package", package, "--print-startup-time"], env)
            rows.append(("first page", median_of(runs, page_run), median_of(runs, page_folder),
                         "restartmanager-setup --package FOLDER"))

            for name, ours, theirs, what in rows:
                ratio = ours / theirs
                goal = GOALS[name]
                ok = ratio <= goal
                failed = failed or not ok
                print("  %-10s %8.3f s  vs %8.3f s (%s)  ratio %.2f  goal <= %.2f  %s" % (
                    name, ours, theirs, what, ratio, goal, "PASS" if ok else "FAIL"), flush=True)
            limit = tar_size + runtime + (64 << 10)
            ok = run_size <= limit
            failed = failed or not ok
            print("  size       %d bytes  vs tar.zst %d + runtime %d + 64 KiB = %d  %s" % (
                run_size, tar_size, runtime, limit, "PASS" if ok else "FAIL"), flush=True)
            shutil.rmtree(package)
            os.unlink(run_file)
            os.unlink(archive)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
