#!/usr/bin/env python3
"""Cross-checks `firsthire team` against GLPK on the same instance.

usage: glpk_reference.py TEAM.yaml POOL.json --hires K [--budget B] [--firsthire PATH] [--depth-weight W] [--depth-cap CAP]
                         [--domain-coder-bonus WEIGHT MIN_DOMAIN_LEVEL]

Writes the best-next-hire problem as a MathProg model (an exact MIP), solves it with glpsol
(Debian glpk-utils), runs `firsthire team ... --format json` on the same files, and prints both
objectives and both wall times.

Model (the same objective as the engine, see docs/team.md): binary x_i picks candidate i; on each
trait t one element (a team member or a pick) takes the "best" role and one the "second" role:
  maximise  sum_t w_t * sum_e (level_et * best_te + depth_weight * min(level_et, cap) * second_te)
  s.t.      sum_e best_te <= 1, sum_e second_te <= 1              for every trait t
            best_te + second_te <= avail_e                          (avail = 1 for team, x_i for picks)
            sum_i x_i <= K,  sum_i cost_i x_i <= B
plus the domain-coder bonus: maximise also bonus * y with 0 <= y <= 1 and
            y <= (1 if a team member earns it) + sum of x_i over the candidates who earn it
(codes, or `codes` absent and software_engineering >= 2; domain_expertise >= MIN_DOMAIN_LEVEL).
With x fixed the role constraints form a bipartite matching, so best/second may be continuous.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import yaml  # PyYAML

TRAITS = ["product_sense", "data_intuition", "software_engineering", "domain_expertise", "design", "meta"]
WEIGHTS = {"product_sense": 1.0, "data_intuition": 1.0, "software_engineering": 1.2,
           "domain_expertise": 1.0, "design": 0.8, "meta": 1.0}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("team")
    ap.add_argument("pool")
    ap.add_argument("--hires", type=int, default=1)
    ap.add_argument("--budget", type=float)
    ap.add_argument("--firsthire", default="build/src/firsthire")
    ap.add_argument("--depth-weight", type=float, default=0.25)
    ap.add_argument("--depth-cap", type=int, default=3)
    ap.add_argument("--domain-coder-bonus", type=float, nargs=2, default=[2.0, 3],
                    metavar=("WEIGHT", "MIN_DOMAIN_LEVEL"))
    args = ap.parse_args()
    bonus, min_domain = args.domain_coder_bonus

    def earns(person):
        levels = person.get("traits", {})
        codes = person.get("codes")
        if codes is None:
            codes = levels.get("software_engineering", 0) >= 2
        return bool(codes) and levels.get("domain_expertise", 0) >= min_domain

    team = yaml.safe_load(open(args.team))["members"]
    pool = json.load(open(args.pool))["candidates"]
    d, cap = args.depth_weight, args.depth_cap

    with tempfile.TemporaryDirectory() as tmp:
        mod = os.path.join(tmp, "hire.mod")
        with open(mod, "w") as f:
            f.write("set T; set C; set M;\n")
            f.write("param w{T}; param lv{C, T} default 0; param tl{M, T} default 0; param cost{C} default 0;\n")
            f.write("param K; param B; param d; param cap; param bonus; param team_earns; param earns{C} default 0;\n")
            f.write("var y >= 0, <= 1;\n")
            f.write("var x{C} binary;\n")
            f.write("var cb{C, T} >= 0; var cs{C, T} >= 0; var mb{M, T} >= 0; var ms{M, T} >= 0;\n")
            f.write("maximize coverage: sum{t in T} w[t] * (sum{c in C} (lv[c,t] * cb[c,t] + d * min(lv[c,t], cap) * cs[c,t])"
                    " + sum{m in M} (tl[m,t] * mb[m,t] + d * min(tl[m,t], cap) * ms[m,t])) + bonus * y;\n")
            f.write("s.t. coder: y <= team_earns + sum{c in C} earns[c] * x[c];\n")
            f.write("s.t. onebest{t in T}: sum{c in C} cb[c,t] + sum{m in M} mb[m,t] <= 1;\n")
            f.write("s.t. onesecond{t in T}: sum{c in C} cs[c,t] + sum{m in M} ms[m,t] <= 1;\n")
            f.write("s.t. pickrole{c in C, t in T}: cb[c,t] + cs[c,t] <= x[c];\n")
            f.write("s.t. teamrole{m in M, t in T}: mb[m,t] + ms[m,t] <= 1;\n")
            f.write("s.t. hires: sum{c in C} x[c] <= K;\n")
            f.write("s.t. budget: sum{c in C} cost[c] * x[c] <= B;\n")
            f.write("data;\n")
            f.write("set T := " + " ".join(TRAITS) + ";\n")
            f.write("set C := " + " ".join(f"c{i}" for i in range(len(pool))) + ";\n")
            f.write("set M := " + " ".join(f"m{i}" for i in range(len(team))) + ";\n")
            f.write("param w := " + " ".join(f"{t} {WEIGHTS[t]}" for t in TRAITS) + ";\n")
            f.write("param lv :=\n")
            for i, c in enumerate(pool):
                for t, v in c.get("traits", {}).items():
                    if v:
                        f.write(f" c{i} {t} {v}\n")
            f.write(";\nparam tl :=\n")
            for i, m in enumerate(team):
                for t, v in m.get("traits", {}).items():
                    if v:
                        f.write(f" m{i} {t} {v}\n")
            f.write(";\nparam cost :=\n")
            for i, c in enumerate(pool):
                f.write(f" c{i} {c.get('cost', 0)}\n")
            f.write(";\nparam earns :=\n")
            for i, c in enumerate(pool):
                if earns(c):
                    f.write(f" c{i} 1\n")
            f.write(f";\nparam bonus := {bonus};\nparam team_earns := {int(any(earns(m) for m in team))};\n")
            budget = args.budget if args.budget is not None else 1e18
            f.write(f"param K := {args.hires};\nparam B := {budget};\nparam d := {d};\nparam cap := {cap};\nend;\n")
        out = os.path.join(tmp, "sol.txt")
        t0 = time.monotonic()
        subprocess.run(["glpsol", "--math", mod, "-o", out], check=True, stdout=subprocess.DEVNULL)
        glpk_time = time.monotonic() - t0
        text = open(out).read()
        glpk_obj = float(re.search(r"Objective:\s+coverage = ([-0-9.eE+]+)", text).group(1))
        status = re.search(r"Status:\s+(\S+)", text).group(1)

    cmd = [args.firsthire, "--format", "json", "team", args.team, "--candidates", args.pool,
           "--hires", str(args.hires)]
    if args.budget is not None:
        cmd += ["--budget", str(args.budget)]
    t0 = time.monotonic()
    result = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    fh_time = time.monotonic() - t0
    fh = result["best_hires"]
    print(f"N={len(pool)} K={args.hires} budget={args.budget}")
    print(f"  glpsol:    objective {glpk_obj:.6f} ({status}) in {glpk_time:.2f} s")
    print(f"  firsthire: objective {fh['objective']:.6f} (optimal: {fh['optimal']}) in {fh_time:.2f} s "
          f"(whole process, parsing included)")
    same = abs(glpk_obj - fh["objective"]) < 1e-6
    print(f"  same objective: {'yes' if same else 'NO'}; time ratio glpsol/firsthire: {glpk_time / fh_time:.1f}x")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
