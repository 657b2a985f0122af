#!/usr/bin/env node
/* Prints the longest functions of src/ (lines), longest first: node scripts/function-lengths.js */
const ts=require("typescript"),fs=require("fs"),path=require("path");
function files(d){return fs.readdirSync(d,{withFileTypes:true}).flatMap(e=>{const p=path.join(d,e.name);return e.isDirectory()?files(p):/\.tsx?$/.test(e.name)?[p]:[]})}
const out=[];
for(const f of files("src")){const sf=ts.createSourceFile(f,fs.readFileSync(f,"utf8"),ts.ScriptTarget.Latest,true);
const visit=n=>{if(ts.isFunctionDeclaration(n)||ts.isArrowFunction(n)||ts.isFunctionExpression(n)||ts.isMethodDeclaration(n)){const a=sf.getLineAndCharacterOfPosition(n.getStart()).line,b=sf.getLineAndCharacterOfPosition(n.getEnd()).line;out.push([b-a+1,f+":"+(a+1)+" "+(n.name?n.name.getText():"")])}ts.forEachChild(n,visit)};visit(sf)}
out.sort((a,b)=>b[0]-a[0]);console.log(out.slice(0,12).map(x=>x.join(" ")).join("\n"));
