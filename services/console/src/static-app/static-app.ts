import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { CONSOLE_CONFIG } from '../config/console-config.token';
import type { ConsoleConfig } from '../config/console-config';
import { consoleErrorBody } from '../errors/console-error';

const NOT_BUILT =
  '管理端页面尚未构建：请先构建 services/console-web。\nThe console app is not built: build services/console-web first (its dist folder is missing).\n';

/** Vite names every file under assets/ by its content's hash: a name never changes what it holds. */
const IMMUTABLE = { immutable: true, maxAge: 365 * 24 * 3600 * 1000 };
/** index.html and the files beside it keep their names across builds: asked again every time. */
const REVALIDATED = { cacheControl: false, headers: { 'cache-control': 'no-cache' } };

/**
 * Serves the web app for every GET outside /api and /health: files under /assets/ (cached for good),
 * other files the build put at its root (favicon and the like), and index.html for any other path, the
 * app's own routes (/approvals/xyz) included. Without a build, 503 saying so.
 */
@Injectable()
export class StaticAppMiddleware implements NestMiddleware {
  private readonly serve: (req: Request, res: Response, next: NextFunction) => void;

  constructor(@Inject(CONSOLE_CONFIG) config: ConsoleConfig) {
    this.serve = staticApp(config.CONSOLE_WEB_DIST);
  }

  use(req: Request, res: Response, next: NextFunction): void {
    this.serve(req, res, next);
  }
}

function staticApp(distDir: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || /^\/(api|health)(\/|$)/.test(req.path)) {
      next();
      return;
    }
    if (!existsSync(join(distDir, 'index.html'))) {
      res.status(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
      return;
    }
    if (req.path.startsWith('/assets/')) {
      res.sendFile(req.path.slice('/assets/'.length), { root: join(distDir, 'assets'), dotfiles: 'deny', ...IMMUTABLE }, (err) => {
        if (err && !res.headersSent) res.status(404).json(consoleErrorBody('not-found'));
      });
      return;
    }
    const file = rootFile(distDir, req.path);
    res.sendFile(file ?? 'index.html', { root: distDir, dotfiles: 'deny', ...REVALIDATED }, (err) => {
      if (err && !res.headersSent) res.status(404).json(consoleErrorBody('not-found'));
    });
  };
}

/** A file the build put at the root of dist (not index.html, no folder), by the request's path. */
function rootFile(distDir: string, path: string): string | null {
  let name: string;
  try {
    name = normalize(decodeURIComponent(path)).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (!name || name.includes('/') || name === 'index.html' || name.startsWith('.')) return null;
  try {
    return statSync(join(distDir, name)).isFile() ? name : null;
  } catch {
    return null;
  }
}
