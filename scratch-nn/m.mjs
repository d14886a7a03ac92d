import './s1.mjs'; import './s2.mjs'; console.log('main');
