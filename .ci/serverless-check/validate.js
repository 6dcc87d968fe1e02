#!/usr/bin/env node
// Lints the CloudFormation template that `serverless package` wrote, offline:
//  1. cfn-lint (1.9.7) with its 2019 resource specification replaced by the current one from
//     @aws-cdk/cfnspec, so that properties added since (SnapStart, SqsManagedSseEnabled, …) are known
//     and misspelt ones are not;
//  2. the project's own rules: queue visibility >= 6 x the queue function's timeout, a DLQ after 3
//     receives, partial batch responses, one role per function, and every QUARKUS_FUNQY_EXPORT naming a
//     @Funq function that exists in the sources.
// Usage: node validate.js <template.json> <java source dir>
'use strict';
const fs = require('fs');
const path = require('path');

const [templateFile, sourceDir] = process.argv.slice(2);
if (!templateFile || !sourceDir) {
  console.error('usage: validate.js <template.json> <java source dir>');
  process.exit(2);
}
const template = JSON.parse(fs.readFileSync(templateFile, 'utf8'));
const problems = [];

// --- 1. cfn-lint with a current resource specification ------------------------------------------
const awsData = require('cfn-lint/lib/awsData');
const current = require('@aws-cdk/cfnspec').specification();
Object.assign(awsData.awsResources.ResourceTypes, current.ResourceTypes);
Object.assign(awsData.awsResources.PropertyTypes, current.PropertyTypes);
// cfn-lint resolves intrinsic functions in the object it is given: hand it a copy
const lint = require('cfn-lint/lib/api').validateJsonObject(JSON.parse(JSON.stringify(template)), {
  parameters: {},
  pseudoParameters: { 'AWS::Region': 'us-east-1', 'AWS::AccountId': '123456789012', 'AWS::StackName': 'post-summarizer-test' },
});
for (const error of lint.errors.crit) {
  problems.push(`cfn-lint: ${error.resource}: ${error.message}`);
}

// --- 2. the project's own rules --------------------------------------------------------------------
const resources = template.Resources || {};
const functions = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Lambda::Function');
const funqNames = new Set();
(function scan(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) scan(file);
    else if (file.endsWith('.java')) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/@Funq\("([^"]+)"\)/g)) funqNames.add(m[1]);
    }
  }
})(sourceDir);

const roles = new Map();
for (const [name, fn] of functions) {
  const exported = fn.Properties?.Environment?.Variables?.QUARKUS_FUNQY_EXPORT;
  if (!exported) problems.push(`${name}: no QUARKUS_FUNQY_EXPORT`);
  else if (!funqNames.has(exported)) problems.push(`${name}: QUARKUS_FUNQY_EXPORT=${exported} is no @Funq in the sources (${[...funqNames].join(', ')})`);
  if (fn.Properties?.Handler !== 'io.quarkus.funqy.lambda.FunqyStreamHandler::handleRequest') problems.push(`${name}: handler is not Funqy's stream handler`);
  const role = JSON.stringify(fn.Properties?.Role);
  if (roles.has(role)) problems.push(`${name} shares its role with ${roles.get(role)} (one least-privilege role per function)`);
  roles.set(role, name);
}

const mappings = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::Lambda::EventSourceMapping');
for (const [name, mapping] of mappings) {
  const p = mapping.Properties;
  if (!(p.FunctionResponseTypes || []).includes('ReportBatchItemFailures')) problems.push(`${name}: no ReportBatchItemFailures`);
  const queueName = p.EventSourceArn?.['Fn::GetAtt']?.[0];
  const queue = resources[queueName];
  const fnName = p.FunctionName?.['Fn::GetAtt']?.[0];
  const fn = resources[fnName];
  if (!queue || !fn) { problems.push(`${name}: cannot find its queue or function`); continue; }
  const timeout = fn.Properties.Timeout || 6;
  const visibility = queue.Properties?.VisibilityTimeout ?? 30;
  if (visibility < 6 * timeout) problems.push(`${queueName}: VisibilityTimeout ${visibility} < 6 x ${fnName} timeout ${timeout}`);
  const redrive = queue.Properties?.RedrivePolicy;
  if (!redrive || redrive.maxReceiveCount !== 3) problems.push(`${queueName}: needs a RedrivePolicy to a DLQ with maxReceiveCount 3`);
}

if (problems.length) {
  console.error(`serverless.yml check FAILED (${problems.length}):`);
  for (const p of problems) console.error('  - ' + p);
  process.exit(1);
}
console.log(`serverless.yml check passed: ${functions.length} functions, ${Object.keys(resources).length} resources, cfn-lint clean (spec ${require('@aws-cdk/cfnspec/package.json').version})`);
