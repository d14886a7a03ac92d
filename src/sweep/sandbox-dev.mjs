// Development only: the BullMQ sandboxed processor when running from TypeScript source.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./sandbox.ts');
export default mod.default;
