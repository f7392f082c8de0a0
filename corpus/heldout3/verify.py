# Standalone re-check of heldout3.jsonl (reads only the output file).
import json, re, collections
LAB={"COUNTRY","NATIONALITY","REGION","LOC","ORG","PER","DATE","LEGAL"}
ids=set(); el=collections.Counter(); fe=collections.Counter(); fg=collections.Counter(); n=0; nf=0
for line in open(__import__('pathlib').Path(__file__).resolve().parents[2] / 'gold' / 'heldout3.jsonl', encoding='utf-8'):
    d=json.loads(line); n+=1
    assert set(d)=={"id","text","date","entities","figures"}, d.keys()
    assert d['id'] not in ids; ids.add(d['id'])
    t=d['text']
    spans=sorted((e['start'],e['end']) for e in d['entities'])
    for (a,b),(c,_) in zip(spans,spans[1:]): assert c>=b
    for e in d['entities']:
        assert t[e['start']:e['end']]==e['text'] and e['label'] in LAB
        el[e['label']]+=1
    for f in d['figures']:
        assert t[f['start']:f['end']]==f['text'] and isinstance(f['value'],int)
        for k in ("value_max","qualifier","unit","group","event","country","origin","date","source"): assert k in f
        fe[f['event']]+=1; fg[f['group']]+=1; nf+=1
print('docs',n,'entities',sum(el.values()),dict(sorted(el.items())))
print('figures',nf); print('by event',dict(fe.most_common())); print('by group',dict(fg.most_common()))
