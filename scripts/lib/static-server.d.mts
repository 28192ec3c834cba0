import type { Server } from 'node:http';

export declare const basePath: string;
export declare function serveDist(dist: string): Promise<{ server: Server; url: string }>;
