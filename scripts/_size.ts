import { Outseta } from '../nodes/Outseta/Outseta.node';
const d = new Outseta().description;
console.log('total', (Buffer.byteLength(JSON.stringify(d))/1024).toFixed(1));
const sizes: Record<string, number> = {};
for (const p of d.properties) {
  const key = (p.displayOptions?.show?.resource ?? ['-']).join();
  sizes[key] = (sizes[key] ?? 0) + Buffer.byteLength(JSON.stringify(p));
}
console.log(Object.entries(sizes).map(([k,v])=>`${k} ${(v/1024).toFixed(1)}`).join('\n'));
console.log('subtitle', d.subtitle!.length);
