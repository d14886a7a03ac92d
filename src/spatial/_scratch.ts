import { thinPlateOmega } from './omega.js';
import { topEigenpairs } from './eigs.js';
import { choleskyFlat, choleskySolveVec } from './dense.js';
import { eigSym, fromRowMajor } from '../core/linalg.js';
import { Rng } from '../core/rng.js';
const N = 256;
const xs = Array.from({length: N}, (_, i) => -3 + 6*i/(N-1));
let t0 = performance.now();
const { omega } = thinPlateOmega(xs);
console.log('omega ms', performance.now()-t0);
let e1=0, e2=0; for (let i=0;i<N;i++){ let a=0,b=0; for(let j=0;j<N;j++){a+=omega[i*N+j]; b+=omega[i*N+j]*xs[j];} e1=Math.max(e1,Math.abs(a)); e2=Math.max(e2,Math.abs(b)); }
console.log('annih', e1, e2, 'diag', omega[0], omega[N*N/2+N/2]);
const ev = eigSym(fromRowMajor(omega, N, N)).values; console.log('eig range', ev[0], ev[1], ev[2], ev[N-1]);
const T = 512; const r = new Rng(1); const Z = new Float64Array(T*N);
const phi = xs.map(x=>Math.exp(-x*x)); const nrm=Math.hypot(...phi);
let tr=0;
for (let t=0;t<T;t++){ const a=r.normal(0,5); for(let i=0;i<N;i++) {Z[t*N+i]=a*phi[i]/nrm + r.normal(0,4); tr+=Z[t*N+i]**2;} }
for (const tau of [0, 1e2, 1e4, 1e5]) {
  const apply = (v: Float64Array, out: Float64Array) => { out.fill(0); const zv=new Float64Array(T); for(let t=0;t<T;t++){let s=0; for(let i=0;i<N;i++) s+=Z[t*N+i]*v[i]; zv[t]=s;} for(let t=0;t<T;t++){const s=zv[t]; for(let i=0;i<N;i++) out[i]+=s*Z[t*N+i];} for(let i=0;i<N;i++){let s=0; for(let j=0;j<N;j++) s+=omega[i*N+j]*v[j]; out[i]-=tau*s;} };
  const sh = tr/N; const P = new Float64Array(N*N); for(let i=0;i<N*N;i++) P[i]=tau*omega[i]; for(let i=0;i<N;i++) P[i*N+i]+=sh;
  const L = choleskyFlat(P,N)!;
  t0=performance.now();
  const res = topEigenpairs(apply, N, 5, {tol:1e-9, precondition: tau>0 ? (rr,_th,out)=>{out.set(rr); choleskySolveVec(L,N,out);} : undefined});
  const t1=performance.now()-t0;
  const M = new Float64Array(N*N); const ej=new Float64Array(N);
  for (let j=0;j<N;j++){ej.fill(0);ej[j]=1;const o=new Float64Array(N);apply(ej,o);for(let i=0;i<N;i++)M[i*N+j]=o[i];}
  const full = eigSym(fromRowMajor(M,N,N)).values;
  console.log(tau, 'matvecs', res.matvecs, res.converged, t1.toFixed(0),'ms', Array.from(res.values).map(v=>v.toExponential(6)).join(' '), '| dense', Array.from(full.slice(N-5)).reverse().map(v=>v.toExponential(6)).join(' '));
  let ip=0; for(let i=0;i<N;i++) ip+=res.vectors[i*5]*phi[i]/nrm; console.log(' <phi>', Math.abs(ip));
}
