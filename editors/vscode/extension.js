// The BASS extension: starts `bass lsp` for the YAML files of a workspace that holds an
// ambition repository (a bass.yaml). The server itself finds each document's repository
// upward and leaves every other YAML file alone, so the YAML extension (redhat.vscode-yaml)
// keeps doing the schema checks beside it.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('bass');
  const command = config.get('path') || 'bass';
  const args = ['lsp', ...(config.get('extraArgs') || [])];
  const serverOptions = { run: { command, args }, debug: { command, args } };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', pattern: '**/*.{yaml,yml}' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
  };
  client = new LanguageClient('bass', 'BASS', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
