import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The Neo4j 5 that tests and the bench start by themselves: tests/neo4j-server, built by
// `npm run setup:neo4j` (mvn package: the launcher's classes and target/classpath.txt, the jars
// it needs in the local Maven repository). Starting it needs `java` and that build, not Maven.
// The launcher stops when its standard input closes, so it cannot outlive the process that
// started it, even one killed with SIGKILL.

/** The password the launcher gives user neo4j unless told otherwise (auth stays on). */
export const TEST_NEO4J_PASSWORD = 'kg-test-password';

/** Heap and GC for a few-MB test graph on a small shared machine; the page cache is 64 MiB (set by the launcher). */
const BASE_JVM_OPTIONS = ['-Xms128m', '-Xmx768m', '-XX:+UseSerialGC', '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8'];

/**
 * test: C1 only (TieredStopAtLevel=1). A test run starts one JVM and sends it a few thousand
 * short statements; C2 would spend CPU compiling code that never gets hot enough to pay back.
 * server: the JVM's default tiered compilation (C1 then C2), as a production Neo4j runs, for
 * the bench, whose load runs send the same statements for minutes.
 */
export type TestNeo4jJit = 'test' | 'server';

export function testNeo4jJvmOptions(jit: TestNeo4jJit): string[] {
  return jit === 'test' ? [...BASE_JVM_OPTIONS, '-XX:TieredStopAtLevel=1'] : [...BASE_JVM_OPTIONS];
}
const MAIN_CLASS = 'kg.testneo4j.TestNeo4j';
const READY_LINE = /^TEST_NEO4J_READY (bolt:\/\/\S+)$/m;

export type TestNeo4jAvailability = { available: true; classpath: string } | { available: false; why: string };

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  port: number;
  pid: number;
  /** From spawn to the ready line. */
  startupMs: number;
  /** Closes the launcher's stdin (it shuts Neo4j down and exits); SIGKILL after 60 s. */
  stop(): Promise<void>;
  /** Everything the launcher wrote on stderr so far. */
  stderr(): string;
}

export interface StartTestNeo4jOptions {
  /** Bolt port; 0 or absent takes a free one. */
  port?: number;
  /** Keep the database here (a later start on the same folder finds it); absent: a temporary folder, deleted on stop. */
  dataDir?: string;
  password?: string;
  /** How long to wait for the ready line. */
  timeoutMs?: number;
  /** JIT flags: 'test' (the default) or 'server'; see TestNeo4jJit. */
  jit?: TestNeo4jJit;
}

function moduleDir(projectRoot: string): string {
  return path.join(projectRoot, 'tests', 'neo4j-server');
}

/** Whether the test Neo4j can start here, and if not, why (in words a user can act on). */
export function testNeo4jAvailability(projectRoot: string): TestNeo4jAvailability {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    return { available: false, why: 'java is not on PATH (the test Neo4j needs Java 17 or 21)' };
  }
  const dir = moduleDir(projectRoot);
  const classes = path.join(dir, 'target', 'classes');
  const classpathFile = path.join(dir, 'target', 'classpath.txt');
  if (!existsSync(path.join(classes, 'kg', 'testneo4j', 'TestNeo4j.class')) || !existsSync(classpathFile)) {
    return { available: false, why: `tests/neo4j-server is not built (run "npm run setup:neo4j", which needs Maven)` };
  }
  const jars = readFileSync(classpathFile, 'utf8').trim().split(path.delimiter).filter(Boolean);
  const missing = jars.find((jar) => !existsSync(jar));
  if (missing) {
    return { available: false, why: `tests/neo4j-server/target/classpath.txt names ${missing}, which is gone (run "npm run setup:neo4j" again)` };
  }
  return { available: true, classpath: [classes, ...jars].join(path.delimiter) };
}

/** Starts the launcher and resolves once Neo4j accepts Bolt connections with the password. */
export async function startTestNeo4j(projectRoot: string, options: StartTestNeo4jOptions = {}): Promise<TestNeo4j> {
  const availability = testNeo4jAvailability(projectRoot);
  if (!availability.available) throw new Error(`cannot start the test Neo4j: ${availability.why}`);
  const password = options.password ?? TEST_NEO4J_PASSWORD;
  const args = [...testNeo4jJvmOptions(options.jit ?? 'test'), '-cp', availability.classpath, MAIN_CLASS, '--port', String(options.port ?? 0), '--password', password];
  if (options.dataDir) args.push('--data', options.dataDir);

  const started = performance.now();
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // A write to a closed stdin must not crash the parent.
  child.stdin.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
  };

  const timeoutMs = options.timeoutMs ?? 180_000;
  try {
    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the test Neo4j did not get ready within ${timeoutMs} ms: ${err.trim().slice(-2000)}`)), timeoutMs);
      const check = () => {
        const match = READY_LINE.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the test Neo4j exited (${signal ?? `code ${code}`}) before it was ready: ${err.trim().slice(-2000)}`));
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    return {
      uri,
      user: 'neo4j',
      password,
      port: Number(new URL(uri).port),
      pid: child.pid!,
      startupMs: performance.now() - started,
      stop,
      stderr: () => err,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
