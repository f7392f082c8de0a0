import json, re, datetime
NUMW = r"\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|millions|milliers|centaines|dizaines|dizaine|centaine|cinquantaine|demi-million|milliard)\b"
for line in open('heldout3.jsonl'):
    d=json.loads(line); t=d['text']
    nw=len(re.findall(r"\w+(?:[’'-]\w+)*", t))
    dd=datetime.date.fromisoformat(d['date'])
    print('=====',d['id'],d['date'],dd.strftime('%a'),'W%02d'%dd.isocalendar()[1],'words',nw,'ents',len(d['entities']),'figs',len(d['figures']))
    cov=[(f['start'],f['end']) for f in d['figures']]+[(e['start'],e['end']) for e in d['entities']]
    for m in re.finditer(r"\d[\d  .,]*\d|\d|"+NUMW, t, re.I):
        if not any(a<=m.start()<b for a,b in cov):
            ctx=t[max(0,m.start()-30):m.end()+30].replace('\n',' ')
            print('   UNCOVERED', repr(m.group()), '|', ctx)
