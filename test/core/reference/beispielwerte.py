# Independent reference for test/core/pipeline.sample.test.ts: the sample data through DOMAIN.md 1-8
# with Python decimal at 80 digits (not the engine). Run: python3 test/core/reference/beispielwerte.py
import json
from decimal import Decimal as D, getcontext, ROUND_HALF_UP, ROUND_FLOOR
getcontext().prec = 80
data = json.load(open('/work/main/assets/beispiel/Beispielwerte.json'))
g = data['gemeinden']; names = data['indikatoren']['namen']
ind = [[D(str(w[n])) for n in names] for w in data['indikatoren']['werte']]
P = [D(str(x['Einwohner unter 21'])) for x in g]
H = [D(str(x['Budget Vorjahr'])) for x in g]
cats = ['Betriebskosten','Sachkosten','Netzwerktätigkeit','Angebote und Projekte']
U = [[D(str(v[c])) for c in cats] for v in data['verwendung']]
w = [D('0.4'), D('0.3'), D('0.3')]; a = [D(1), D(1), D(1), D(0)]
B = D(2233000); N = 4; t = 1; H2 = D(6500000); p = D('0.1')
n = len(g); SP = sum(P)
m = [sum(P[i]*ind[i][k] for i in range(n))/SP for k in range(3)]
LF = [sum(w[k]/sum(w)*ind[i][k]/m[k] for k in range(3)) for i in range(n)]
W = [P[i]*LF[i] for i in range(n)]; SW = sum(W)
def lr(total, weights, unit=D('0.01')):
    T = total/unit; S = sum(weights)
    ex = [T*v/S for v in weights]; fl = [e.to_integral_value(rounding=ROUND_FLOOR) for e in ex]
    left = int(T - sum(fl))
    order = sorted(range(len(weights)), key=lambda i: (-(ex[i]-fl[i]), -weights[i], i))
    for i in order[:left]: fl[i] += 1
    return [f*unit for f in fl]
cent = lambda x: x.quantize(D('0.01'), rounding=ROUND_HALF_UP)
A = lr(B, W)
comp0 = [cent(max(D(0), H[i]-A[i])) for i in range(n)]
compt = [cent(max(D(0), H[i]-A[i]) * max(D(0), D(N-t)/N)) for i in range(n)]
F = sum(comp0) - sum(compt)
bound = [cent(A[i]*sum(a[c]*U[i][c] for c in range(4))/sum(U[i])) for i in range(n)]
reg1 = [A[i]-bound[i] for i in range(n)]
regions = []
for x in g:
    if x['Region'] not in regions: regions.append(x['Region'])
rw = [sum(W[i] for i in range(n) if g[i]['Region']==r) for r in regions]
freed = lr(F, rw); R2 = lr(cent(H2*p), rw)
for i in range(n):
    print(f"{g[i]['Gemeinde']:22} LF={LF[i]:.12f} q={W[i]/SW:.12f} A={A[i]} comp={compt[i]} bound={bound[i]} r1={reg1[i]}")
tot = D(0)
for j, r in enumerate(regions):
    idx = [i for i in range(n) if g[i]['Region']==r]
    b = sum(bound[i] for i in idx); r1 = sum(reg1[i] for i in idx) + freed[j]; c = sum(compt[i] for i in idx)
    total = b + r1 + R2[j] + c; tot += total
    print(r, f"key={rw[j]/sum(rw):.12f}", "bound", b, "reg1", r1, "freed", freed[j], "reg2", R2[j], "comp", c, "total", total)
print("F", F, "sum comp", sum(compt), "total", tot, "sumA", sum(A))
