/** Where the database is, for logs: host, port and database name, never the user or password. */
export function describeDatabaseUrl(url: string): { host: string; database: string } {
  const u = new URL(url);
  return { host: u.port ? `${u.hostname}:${u.port}` : u.hostname, database: u.pathname.replace(/^\//, '') };
}
