#!/usr/bin/env node
// Entry point of the `parallax` command. The CLI is TypeScript run directly by Node's type
// stripping (Node >= 22.18), so there is no build step between `npm ci` and using it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`parallax needs Node.js 22.18 or newer (this is ${process.versions.node}).`);
  process.exit(2);
}
// Output piped into `head` and the like: a closed pipe ends the command quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const { main } = await import('../electron/cli/parallax.ts');
process.exitCode = await main(process.argv.slice(2));
