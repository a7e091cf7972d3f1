#!/usr/bin/env node
// Drives the real YAML language server over stdio with the schemas in schemas/, the way an
// editor does, and checks what a BASS author would see. Called by tests/lsp.rs.
//
// Usage: node lsp_check.js SERVER_JS_OR_BIN SCHEMA_DIR WORK_DIR [CLEAN_FILE...]
//
// Checks:
//  1. settings: yaml.schemas maps bass.schema.json to *.yaml (VS Code's `yaml.schemas`):
//     a document with an unknown key (`formål`) and a bad enum value (`phase: kørende`) gets
//     a diagnostic for each; a clean document gets none;
//  2. completion after `kind: ` offers every kind, and after `phase: ` the phases;
//  3. hover over a key shows its Danish / English description;
//  4. the `# yaml-language-server: $schema=…` modeline works without any setting;
//  5. every CLEAN_FILE (the example programme) gets no diagnostic at all.
// Exit 0 when all hold, 1 otherwise (the reasons on stderr).
//
// No sleeps: the script waits for what it checks, never for time to pass. The server validates a
// document once, a moment after its last change (a debounce), and then always publishes its
// diagnostics, an empty list for a clean document; so "no diagnostics" is read from that
// publication, not from silence. Settings take effect when the server has pulled them
// (`workspace/configuration`); a `textDocument/codeLens` request is answered only after that
// pull has finished (yaml-language-server awaits it), so it is the barrier after each settings
// change. The timeouts below only end a run that hangs.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");

const [server, schemaDir, workDir, ...cleanFiles] = process.argv.slice(2);
const schemaFile = path.resolve(schemaDir, "bass.schema.json");
const schemaUri = pathToFileURL(schemaFile).href;

const cmd = server.endsWith(".js") ? process.execPath : server;
const args = server.endsWith(".js") ? [server, "--stdio"] : ["--stdio"];
const child = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
let stderr = "";
child.stderr.on("data", (d) => (stderr += d));

let nextId = 1;
const pending = new Map();
const diagnostics = new Map(); // uri -> list of publishes
const waiters = [];
let buf = Buffer.alloc(0);

function settingsFor(withSchemas) {
  return {
    yaml: {
      validate: true,
      hover: true,
      completion: true,
      schemaStore: { enable: false },
      schemas: withSchemas ? { [schemaUri]: ["*.yaml"] } : {},
    },
  };
}
let settings = settingsFor(true);

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }), "utf8");
  child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  child.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
  });
}
function notify(method, params) {
  send({ method, params });
}
function onMessage(m) {
  if (m.id !== undefined && (m.result !== undefined || m.error !== undefined) && !m.method) {
    const p = pending.get(m.id);
    if (p) {
      pending.delete(m.id);
      m.error ? p.reject(new Error(JSON.stringify(m.error))) : p.resolve(m.result);
    }
    return;
  }
  if (m.method && m.id !== undefined) {
    // A request from the server: answer it like an editor would.
    let result = null;
    if (m.method === "workspace/configuration") {
      result = (m.params.items || []).map((it) => {
        if (it.section === "yaml") return settings.yaml;
        if (it.section && it.section.startsWith("yaml.")) return settings.yaml[it.section.slice(5)];
        if (it.section === "editor") return { tabSize: 2, detectIndentation: false };
        return null;
      });
    }
    send({ id: m.id, result });
    return;
  }
  if (m.method === "textDocument/publishDiagnostics") {
    const list = diagnostics.get(m.params.uri) || [];
    list.push(m.params.diagnostics);
    diagnostics.set(m.params.uri, list);
    for (const w of waiters.slice()) w();
  }
}
child.stdout.on("data", (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const sep = buf.indexOf("\r\n\r\n");
    if (sep < 0) return;
    const header = buf.slice(0, sep).toString("ascii");
    const len = Number(/Content-Length: (\d+)/i.exec(header)[1]);
    if (buf.length < sep + 4 + len) return;
    const body = buf.slice(sep + 4, sep + 4 + len).toString("utf8");
    buf = buf.slice(sep + 4 + len);
    onMessage(JSON.parse(body));
  }
});

function waitFor(pred, ms, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
    const check = () => {
      const r = pred();
      if (r) {
        cleanup();
        resolve(r);
      }
    };
    function cleanup() {
      clearTimeout(timer);
      const i = waiters.indexOf(check);
      if (i >= 0) waiters.splice(i, 1);
    }
    waiters.push(check);
    check();
  });
}
// Answered only once the server has pulled and applied the settings sent before it.
const settingsApplied = () =>
  request("textDocument/codeLens", { textDocument: { uri: pathToFileURL(path.join(workDir, "none.yaml")).href } });

let version = 1;
function open(name, text) {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: version++, text } });
  return uri;
}
// The latest diagnostics for a document, once the server has published some that satisfy `ok`.
async function diagnosticsOf(uri, ok, what) {
  return waitFor(() => {
    const list = diagnostics.get(uri);
    if (!list) return null;
    const last = list[list.length - 1];
    return ok(last) ? last : null;
  }, 20000, what);
}

const failures = [];
function expect(cond, msg) {
  if (!cond) failures.push(msg);
}

async function main() {
  await request("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(workDir).href,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: {
        completion: { completionItem: { snippetSupport: false, documentationFormat: ["markdown", "plaintext"] } },
        hover: { contentFormat: ["markdown", "plaintext"] },
        publishDiagnostics: {},
      },
    },
    initializationOptions: {},
  });
  notify("initialized", {});
  notify("workspace/didChangeConfiguration", { settings });
  await settingsApplied();

  // 1. Diagnostics.
  const bad = open(
    "status-bad.yaml",
    [
      "kind: status",
      "specialty: kardiologi",
      "as_of: 2025-09-15",
      "formål: Et felt, som status ikke har",
      "areas:",
      "  - strategic_area: SI1",
      "    phase: kørende",
      "    responsible: Peter Lund",
      "",
    ].join("\n"),
  );
  const badDiags = await diagnosticsOf(bad, (d) => d.length >= 2, "diagnostics for status-bad.yaml");
  const msgs = badDiags.map((d) => `${d.range.start.line}:${d.message}`);
  if (process.env.LSP_VERBOSE) process.stderr.write(`diagnostics: ${JSON.stringify(msgs, null, 1)}\n`);
  const unknownKey = badDiags.find((d) => d.range.start.line === 3 && /formål/.test(d.message) && /not allowed/i.test(d.message));
  expect(unknownKey, `no diagnostic for the unknown key formål; got ${JSON.stringify(msgs)}`);
  const badEnum = badDiags.find((d) => d.range.start.line === 6 && /(not accepted|Valid values|enum)/i.test(d.message));
  expect(badEnum, `no diagnostic for phase: kørende; got ${JSON.stringify(msgs)}`);
  expect(badEnum && /implementing/.test(badEnum.message), `the enum diagnostic does not list the phases: ${badEnum && badEnum.message}`);

  const good = open(
    "status-good.yaml",
    [
      "kind: status",
      "specialty: kardiologi",
      "as_of: 2025-09-15",
      "areas:",
      "  - strategic_area: SI1",
      "    phase: implementering",
      "    health: grøn",
      "    responsible: {name: Peter Lund, title: Cheflæge}",
      "    actors:",
      "    summary:",
      "",
    ].join("\n"),
  );
  // The one publication after opening it: the server publishes an empty list for a clean one.
  const goodDiags = await diagnosticsOf(good, () => true, "diagnostics for status-good.yaml");
  expect(goodDiags.length === 0, `a clean document (aliases, nulls) has diagnostics: ${JSON.stringify(goodDiags.map((d) => d.message))}`);

  // 2. Completion of kind values.
  const kindDoc = open("new.yaml", "kind: \n");
  const completion = await request("textDocument/completion", {
    textDocument: { uri: kindDoc },
    position: { line: 0, character: 6 },
  });
  const items = (Array.isArray(completion) ? completion : (completion && completion.items) || []).map((i) => i.label);
  if (process.env.LSP_VERBOSE) process.stderr.write(`completion: ${JSON.stringify(items)}\n`);
  for (const k of ["program", "specialty", "situation", "challenges", "ambition", "framework", "actions", "status"]) {
    expect(items.includes(k), `completion after "kind: " lacks ${k}; got ${JSON.stringify(items)}`);
  }

  // 2b. Completion of a value inside a kind (through `kind`'s if/then).
  const phaseDoc = open(
    "phase.yaml",
    ["kind: status", "specialty: kardiologi", "as_of: 2025-09-15", "areas:", "  - strategic_area: SI1", "    phase: ", ""].join("\n"),
  );
  const phaseCompletion = await request("textDocument/completion", {
    textDocument: { uri: phaseDoc },
    position: { line: 5, character: 11 },
  });
  const phases = (Array.isArray(phaseCompletion) ? phaseCompletion : (phaseCompletion && phaseCompletion.items) || []).map((i) => i.label);
  if (process.env.LSP_VERBOSE) process.stderr.write(`phase completion: ${JSON.stringify(phases)}\n`);
  for (const p of ["framing", "implementing", "implementering", "completed"]) {
    expect(phases.includes(p), `completion after "phase: " lacks ${p}; got ${JSON.stringify(phases)}`);
  }

  // 3. Hover shows the description in both languages.
  const hover = await request("textDocument/hover", {
    textDocument: { uri: bad },
    position: { line: 2, character: 2 },
  });
  const hoverText = JSON.stringify(hover || "");
  if (process.env.LSP_VERBOSE) process.stderr.write(`hover: ${hoverText}\n`);
  expect(/Dato for status/.test(hoverText) && /Date of the status/.test(hoverText), `hover over as_of: ${hoverText}`);

  // 5. Clean documents stay clean in the editor (YAML 1.2 reading, aliases, flow mappings).
  for (const [i, f] of cleanFiles.entries()) {
    const text = fs.readFileSync(f, "utf8").replace(/^# yaml-language-server:.*\n/, "");
    const uri = open(`clean-${i}.yaml`, text);
    const d = await diagnosticsOf(uri, () => true, `diagnostics for ${f}`);
    expect(d.length === 0, `${f}: ${JSON.stringify(d.map((x) => `${x.range.start.line + 1}: ${x.message}`))}`);
  }

  // 4. The modeline, with no schema setting.
  settings = settingsFor(false);
  notify("workspace/didChangeConfiguration", { settings });
  await settingsApplied();
  const rel = path.relative(workDir, schemaFile).split(path.sep).join("/");
  const modeline = open(
    "modeline.yaml",
    [`# yaml-language-server: $schema=${rel}`, "kind: situation", "specialty: kardiologi", "as_of: 2025-02-01", "summary: Kort.", "sammenfatning: x", ""].join("\n"),
  );
  const mlDiags = await diagnosticsOf(modeline, (d) => d.length >= 1, "diagnostics for modeline.yaml");
  expect(
    mlDiags.some((d) => d.range.start.line === 5 && /sammenfatning/.test(d.message)),
    `modeline: no diagnostic for sammenfatning; got ${JSON.stringify(mlDiags.map((d) => d.message))}`,
  );

  await request("shutdown", null).catch(() => {});
  notify("exit", null);
}

const overall = setTimeout(() => {
  process.stderr.write(`timed out\nserver stderr:\n${stderr}\n`);
  child.kill();
  process.exit(1);
}, 90000);

main()
  .then(() => {
    clearTimeout(overall);
    child.kill();
    if (failures.length) {
      process.stderr.write(failures.join("\n") + "\n");
      process.exit(1);
    }
    process.stdout.write("ok: unknown key, bad enum value, kind completion, hover and modeline\n");
    process.exit(0);
  })
  .catch((e) => {
    clearTimeout(overall);
    process.stderr.write(`${e.stack || e}\nfailures so far: ${failures.join("; ")}\nserver stderr:\n${stderr}\n`);
    child.kill();
    process.exit(1);
  });
