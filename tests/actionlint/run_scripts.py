"""Writes the shell of every `run:` step of GitHub Actions workflows to files for shellcheck,
as actionlint does when it has shellcheck: `${{ … }}` expressions become a plain word (`_expr_`),
and `shell: bash` steps (the default on Linux runners, `bash -e {0}`) are checked as bash.

    python run_scripts.py OUT_DIR WORKFLOW...

Prints one `FILE<TAB>WORKFLOW:JOB:STEP` line per script written; skips PowerShell/cmd steps.
"""
import os
import re
import sys

import yaml

EXPR = re.compile(r"\$\{\{.*?\}\}", re.S)


def main():
    out_dir, *workflows = sys.argv[1:]
    n = 0
    for wf in workflows:
        with open(wf, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        for job_id, job in (doc.get("jobs") or {}).items():
            default_shell = (((job.get("defaults") or {}).get("run") or {}).get("shell")) or "bash"
            for i, step in enumerate(job.get("steps") or []):
                if "run" not in step:
                    continue
                shell = step.get("shell", default_shell)
                if "${{" in str(shell) or shell not in ("bash", "sh"):
                    continue
                n += 1
                path = os.path.join(out_dir, f"script{n}.sh")
                with open(path, "w", encoding="utf-8") as out:
                    out.write(f"#!/usr/bin/env {shell}\nset -e\n")
                    out.write(EXPR.sub("_expr_", step["run"]))
                    out.write("\n")
                name = step.get("name", f"step {i + 1}")
                print(f"{path}\t{wf}:{job_id}:{name}")


if __name__ == "__main__":
    main()
