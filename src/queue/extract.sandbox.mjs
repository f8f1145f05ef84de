// Entry point of the sandboxed extract processor: BullMQ runs it in a worker thread of its own.
// The thread has no TypeScript loader of its own, so register tsx here, relative to this file.
import { register } from 'tsx/esm/api';

register();
const { default: extractProcessor } = await import('./extract.processor.ts');
export default extractProcessor;
