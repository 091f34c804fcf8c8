"""The README's curl examples ("Querying", "Linked data and dumps") run against a real server on the seeds."""
from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
SECTIONS = ("## Querying\n", "## Linked data and dumps\n")


def curl_examples() -> list[str]:
    commands = []
    for heading in SECTIONS:
        section = README[README.index(heading) + len(heading):]
        section = section[:section.find("\n## ")] if "\n## " in section else section
        for block in re.findall(r"```\n(.*?)```", section, re.DOTALL):
            commands += [line for line in block.splitlines() if line.startswith("curl ")]
    return commands


def test_the_sections_have_the_promised_examples():
    commands = " ".join(curl_examples())
    for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                   "text/tab-separated-values", "text/turtle", "text/html", "application/ld+json"):
        assert f"Accept: {accept}" in commands, accept
    assert "/dumps/newskg.ttl" in commands and "/id/actor/Q58217" in commands


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("command", curl_examples())
def test_curl_example(start_server, seeds_store, tmp_path, command):
    base_url = start_server(seeds_store)
    (tmp_path / "queries").symlink_to(REPO / "queries")  # examples read queries/*.rq and write files here
    args = shlex.split(command.replace("http://127.0.0.1:8000", base_url))
    result = subprocess.run([args[0], "-sS", "-w", r"\n%{http_code} %{content_type}", *args[1:]], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    status, _, content_type = result.stdout.rsplit("\n", 1)[-1].partition(" ")
    assert status == "200", result.stdout[-2000:]
    accept = re.search(r"Accept: ([^']+)", command)
    if accept:
        assert content_type.startswith(accept.group(1)), content_type
    body = result.stdout.rsplit("\n", 1)[0]
    written = [path for path in tmp_path.iterdir() if path.name != "queries"]
    assert body.strip() or any(path.stat().st_size for path in written)
