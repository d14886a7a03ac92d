console.log('s2 eval, X=', globalThis.X);
