# Compares keys and value types of our gold with the shared gold examples (extra 'note'/'person' allowed).
import json, glob
G = '/work/shared/gold/'
def shape(o, path=''):
    out = {}
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ('note', 'person'): continue
            out.update(shape(v, path + '.' + k))
        out[path] = 'dict'
    elif isinstance(o, list):
        for v in o: out.update(shape(v, path + '[]'))
        out[path] = 'list'
    else: out[path] = type(o).__name__
    return out
for kind in ('plan', 'audit'):
    ref = {}
    for f in glob.glob(G + f'*.{kind}.json'): ref.update(shape(json.load(open(f))))
    for f in sorted(glob.glob(f'/work/coord/set17b/*.{kind}.json')):
        s = shape(json.load(open(f)))
        miss = [k for k in ref if k not in s and not k.endswith('[]') and '[]' not in k]
        new = [k for k in s if k not in ref]
        badt = [(k, s[k], ref[k]) for k in s if k in ref and s[k] != ref[k] and 'NoneType' not in (s[k], ref[k])]
        print(f.split('/')[-1], 'missing-top', miss, 'new', new, 'type-diff', badt)
