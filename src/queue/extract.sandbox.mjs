// Entry point of the sandboxed extract processor: BullMQ forks a child process that imports this file.
// The child has no TypeScript loader of its own, so register tsx here, relative to this file.
import { register } from 'tsx/esm/api';

register();
const { default: extractProcessor } = await import('./extract.processor.ts');
export default extractProcessor;
