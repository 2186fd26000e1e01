#!/usr/bin/env python3
"""Writes a random candidate pool for the team benchmarks.

usage: gen_pool.py N OUT [--seed S]   (OUT ends in .json or .csv)

Each candidate is strong (3-5) in one to three traits and weaker (0-2) elsewhere;
its cost grows with its levels, plus noise, so strong candidates are dearer.
"""
import argparse
import random

TRAITS = ["product_sense", "data_intuition", "software_engineering", "domain_expertise", "design", "meta"]


def candidates(n, rng):
    for i in range(n):
        strong = set(rng.sample(range(6), rng.randint(1, 3)))
        levels = [rng.randint(3, 5) if t in strong else rng.randint(0, 2) for t in range(6)]
        cost = 40000 + 9000 * sum(levels) + rng.randint(0, 60000)
        yield f"c{i:07d}", f"Candidate {i}", levels, cost, levels[2] >= 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "w") as f:
        if args.out.endswith(".csv"):
            f.write("id,name,cost,codes," + ",".join(TRAITS) + "\n")
            for cid, name, lv, cost, codes in candidates(args.n, rng):
                f.write(f"{cid},{name},{cost},{'yes' if codes else 'no'}," + ",".join(map(str, lv)) + "\n")
        else:
            f.write('{"candidates": [\n')
            first = True
            for cid, name, lv, cost, codes in candidates(args.n, rng):
                traits = ", ".join(f'"{t}": {v}' for t, v in zip(TRAITS, lv))
                sep = "" if first else ",\n"
                first = False
                f.write(f'{sep}{{"id": "{cid}", "name": "{name}", "traits": {{{traits}}}, '
                        f'"codes": {"true" if codes else "false"}, "cost": {cost}}}')
            f.write("\n]}\n")


if __name__ == "__main__":
    main()
