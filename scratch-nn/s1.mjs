console.log('s1 start'); await new Promise(r=>setTimeout(r,50)); globalThis.X=1; console.log('s1 end');
