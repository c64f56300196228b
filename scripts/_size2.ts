import { Outseta } from '../nodes/Outseta/Outseta.node';
const d = new Outseta().description;
const rows: Array<[number,string]> = [];
for (const p of d.properties) rows.push([Buffer.byteLength(JSON.stringify(p)), `${(p.displayOptions?.show?.resource ?? ['-']).join()}:${(p.displayOptions?.show?.operation ?? ['-']).join()}:${p.name}`]);
rows.sort((a,b)=>b[0]-a[0]); for (const r of rows.slice(0,25)) console.log(r[0], r[1]);
const addr = d.properties.find(p=>p.name==='updateFields' && p.displayOptions?.show?.resource?.[0]==='account')!;
for (const o of (addr.options as any[])) console.log('  ', Buffer.byteLength(JSON.stringify(o)), o.name);
