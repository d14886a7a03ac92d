"""Self time by function of the largest .cpuprofile in a directory (see bench/nn-profile.ts).
usage: python3 bench/nn-profile.py DIR [N]"""
import collections, glob, json, os, sys

f = max(glob.glob(os.path.join(sys.argv[1], '*.cpuprofile')), key=os.path.getsize)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
p = json.load(open(f))
nodes = {x['id']: x for x in p['nodes']}
parent = {c: x['id'] for x in p['nodes'] for c in x.get('children', [])}
dt = collections.Counter()
for s, d in zip(p['samples'], p['timeDeltas']):
    dt[s] += d
agg = collections.Counter()
for i, t in dt.items():
    chain, x = [], i
    while x in nodes and len(chain) < 2:
        c = nodes[x]['callFrame']
        chain.append(f"{c['functionName'] or '(closure)'}@{c['url'].split('/')[-1]}:{c['columnNumber']}")
        x = parent.get(x)
    agg[' < '.join(chain)] += t
tot = sum(dt.values())
for k, v in agg.most_common(n):
    print(f'{100 * v / tot:6.1f}% {v / 1e3:9.1f} ms  {k}')
